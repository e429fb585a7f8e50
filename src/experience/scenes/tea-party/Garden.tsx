import { useEffect } from 'react';
import {
  Color,
  CylinderGeometry,
  DodecahedronGeometry,
  IcosahedronGeometry,
  InstancedMesh,
  MeshLambertMaterial,
  Object3D,
  SphereGeometry,
} from 'three';
import { disposable } from '../common/disposeMesh.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { TEA_COLORS } from './palette.ts';

const HEDGES = 46;
const TREES = 14;
const FLOWERS = 360;

/** A deterministic pseudo-random sequence, so the garden is the same every time. */
function seq(seed: number) {
  let x = seed;
  return () => {
    x = (x * 16807) % 2147483647;
    return (x - 1) / 2147483646;
  };
}

function hedges(): InstancedMesh {
  const mesh = new InstancedMesh(
    new SphereGeometry(1, 14, 10),
    new MeshLambertMaterial({ color: TEA_COLORS.hedge }),
    HEDGES,
  );
  const o = new Object3D();
  const rnd = seq(7);
  for (let i = 0; i < HEDGES; i++) {
    // a curving hedge round the lawn, open toward the pond
    const a = (i / HEDGES) * Math.PI * 1.6 + Math.PI * 0.2 + Math.PI;
    const r = 11 + rnd() * 1.2;
    o.position.set(Math.sin(a) * r, 0.6, -Math.cos(a) * r);
    o.scale.set(1.3 + rnd() * 0.5, 1.0 + rnd() * 0.4, 1.2 + rnd() * 0.4);
    o.updateMatrix();
    mesh.setMatrixAt(i, o.matrix);
  }
  return mesh;
}

function trees(kind: 'trunk' | 'canopy'): InstancedMesh {
  const geometry =
    kind === 'trunk'
      ? new CylinderGeometry(0.18, 0.28, 3, 8).translate(0, 1.5, 0)
      : new IcosahedronGeometry(2.2, 1);
  const material = new MeshLambertMaterial({
    color: kind === 'trunk' ? TEA_COLORS.trunk : TEA_COLORS.canopy,
    flatShading: kind === 'canopy',
  });
  const mesh = new InstancedMesh(geometry, material, TREES);
  const o = new Object3D();
  const rnd = seq(11);
  for (let i = 0; i < TREES; i++) {
    const a = (i / TREES) * Math.PI * 2 + rnd() * 0.3;
    const r = 17 + rnd() * 10;
    const s = 0.8 + rnd() * 0.6;
    o.position.set(Math.sin(a) * r, kind === 'trunk' ? 0 : 3.6 * s, -Math.cos(a) * r);
    o.scale.set(s, s * (kind === 'canopy' ? 0.85 : 1), s);
    o.rotation.set(0, rnd() * 6, 0);
    o.updateMatrix();
    mesh.setMatrixAt(i, o.matrix);
  }
  return mesh;
}

function flowers(): InstancedMesh {
  const mesh = new InstancedMesh(
    new DodecahedronGeometry(0.07, 0),
    new MeshLambertMaterial({ color: '#ffffff' }),
    FLOWERS,
  );
  const o = new Object3D();
  const c = new Color();
  const rnd = seq(3);
  for (let i = 0; i < FLOWERS; i++) {
    // beds along the inside of the hedge, and a drift round the pond
    const nearPond = i % 3 === 0;
    const a = nearPond ? rnd() * Math.PI * 2 : (rnd() * 1.6 + 0.2 + 1) * Math.PI;
    const r = nearPond ? 2.4 + rnd() * 0.5 : 9.2 + rnd() * 1.3;
    const cx = nearPond ? 0 : 0;
    const cz = nearPond ? -7.2 : 0;
    o.position.set(cx + Math.sin(a) * r, 0.12 + rnd() * 0.25, cz - Math.cos(a) * r);
    o.scale.setScalar(0.7 + rnd() * 0.8);
    o.updateMatrix();
    mesh.setMatrixAt(i, o.matrix);
    mesh.setColorAt(i, c.set(TEA_COLORS.flowers[i % TEA_COLORS.flowers.length]!));
  }
  return mesh;
}

/** Hedges, trees and flower beds round the lawn: four instanced draw calls. */
export function Garden() {
  const h = useDisposable(() => disposable(hedges()));
  const trunks = useDisposable(() => disposable(trees('trunk')));
  const canopies = useDisposable(() => disposable(trees('canopy')));
  const f = useDisposable(() => disposable(flowers()));
  useEffect(() => {
    for (const m of [h, trunks, canopies, f]) m.computeBoundingSphere();
  }, [h, trunks, canopies, f]);
  return (
    <>
      <primitive object={h} />
      <primitive object={trunks} />
      <primitive object={canopies} />
      <primitive object={f} />
    </>
  );
}
