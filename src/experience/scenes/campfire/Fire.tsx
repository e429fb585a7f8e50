import { useFrame } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import {
  AdditiveBlending,
  BufferGeometry,
  Color,
  CylinderGeometry,
  DodecahedronGeometry,
  Float32BufferAttribute,
  InstancedMesh,
  MeshLambertMaterial,
  Object3D,
  PlaneGeometry,
  ShaderMaterial,
} from 'three';
import { disposable } from '../common/disposeMesh.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { EMBER_FRAGMENT, EMBER_VERTEX, FLAME_FRAGMENT, FLAME_VERTEX } from './fire.glsl.ts';
import { CAMPFIRE_COLORS } from './palette.ts';

const STONES = 11;
const FIRE_LOGS = 4;
const EMBERS = 40;

function stoneRing(): InstancedMesh {
  const geo = new DodecahedronGeometry(0.11, 0);
  const mesh = new InstancedMesh(
    geo,
    new MeshLambertMaterial({
      color: CAMPFIRE_COLORS.stone,
      emissive: '#3a1a0a',
      flatShading: true,
    }),
    STONES,
  );
  const o = new Object3D();
  for (let i = 0; i < STONES; i++) {
    const a = (i / STONES) * Math.PI * 2;
    o.position.set(Math.sin(a) * 0.5, 0.04, Math.cos(a) * 0.5);
    o.rotation.set(i * 1.3, i * 0.7, i * 2.1);
    o.scale.set(1 + (i % 3) * 0.15, 0.7, 1 - (i % 2) * 0.15);
    o.updateMatrix();
    mesh.setMatrixAt(i, o.matrix);
  }
  return mesh;
}

function fireLogs(): InstancedMesh {
  const geo = new CylinderGeometry(0.035, 0.045, 0.5, 7);
  const mesh = new InstancedMesh(
    geo,
    new MeshLambertMaterial({ color: '#7a5540', emissive: '#5a2208' }),
    FIRE_LOGS,
  );
  const o = new Object3D();
  for (let i = 0; i < FIRE_LOGS; i++) {
    const a = (i / FIRE_LOGS) * Math.PI * 2 + 0.4;
    // leaning together like a small tepee
    o.position.set(Math.sin(a) * 0.1, 0.16, Math.cos(a) * 0.1);
    o.rotation.set(Math.cos(a) * 0.55, 0, -Math.sin(a) * 0.55);
    o.updateMatrix();
    mesh.setMatrixAt(i, o.matrix);
  }
  return mesh;
}

function embers(): BufferGeometry {
  const pos = new Float32Array(EMBERS * 3);
  const phase = new Float32Array(EMBERS);
  for (let i = 0; i < EMBERS; i++) {
    const a = i * 2.399;
    const r = 0.05 + ((i * 37) % 10) / 60;
    pos.set([Math.sin(a) * r, 0.35, Math.cos(a) * r], i * 3);
    phase[i] = (i * 0.618) % 1;
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('aPhase', new Float32BufferAttribute(phase, 1));
  return g;
}

/**
 * A small, calm campfire: a ring of stones, a little tepee of logs, two soft flames and a few
 * rising embers (5 draw calls). `glow` is written each frame for the ground's warm pool of light.
 */
export function Fire({ glow, time }: { glow: { value: number }; time: { value: number } }) {
  const stones = useDisposable(() => disposable(stoneRing()));
  const logs = useDisposable(() => disposable(fireLogs()));
  const quad = useDisposable(() => new PlaneGeometry(1, 1).translate(0, 0.5, 0));
  const emberGeometry = useDisposable(embers);
  const [flames] = useState(() =>
    [0, 1].map(
      (i) =>
        new ShaderMaterial({
          uniforms: {
            uTime: time,
            uSeed: { value: i * 2.3 },
            uSize: { value: i === 0 ? [0.45, 0.8] : [0.3, 0.55] },
            uCore: { value: new Color(CAMPFIRE_COLORS.flameCore) },
            uEdge: { value: new Color(CAMPFIRE_COLORS.flameEdge) },
            uBright: { value: i === 0 ? 1.1 : 1.4 },
          },
          vertexShader: FLAME_VERTEX,
          fragmentShader: FLAME_FRAGMENT,
          transparent: true,
          depthWrite: false,
          blending: AdditiveBlending,
        }),
    ),
  );
  useEffect(() => () => flames.forEach((f) => f.dispose()), [flames]);
  const emberMaterial = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { uTime: time, uColor: { value: new Color(CAMPFIRE_COLORS.ember) } },
        vertexShader: EMBER_VERTEX,
        fragmentShader: EMBER_FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
      }),
  );
  useFrame(() => {
    const t = time.value;
    // a slow, gentle breathing of the firelight: never a flash
    glow.value = 0.85 + 0.1 * Math.sin(t * 1.3) + 0.05 * Math.sin(t * 2.7 + 1.0);
  });
  return (
    <group>
      <primitive object={stones} />
      <primitive object={logs} />
      <mesh
        geometry={quad}
        material={flames[0]}
        position={[0, 0.12, 0]}
        renderOrder={6}
        frustumCulled={false}
      />
      <mesh
        geometry={quad}
        material={flames[1]}
        position={[0.05, 0.12, 0.03]}
        renderOrder={7}
        frustumCulled={false}
      />
      <points
        geometry={emberGeometry}
        material={emberMaterial}
        frustumCulled={false}
        renderOrder={8}
      />
    </group>
  );
}
