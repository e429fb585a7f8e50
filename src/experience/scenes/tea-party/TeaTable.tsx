import {
  BufferAttribute,
  Color,
  CylinderGeometry,
  DoubleSide,
  LatheGeometry,
  MeshLambertMaterial,
  SphereGeometry,
  Vector2,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { SeatRing } from '../common/SeatRing.tsx';
import { useDisposable } from '../common/useDisposable.ts';
import { TEA_COLORS } from './palette.ts';

const TABLE_RADIUS = 0.78;
const TABLE_HEIGHT = 0.74;

function cloth() {
  // a round cloth falling in a soft skirt, slightly flared at the hem
  // From the hem up to the centre: a lathe's faces point outward when its profile rises.
  const pts = [
    new Vector2(TABLE_RADIUS + 0.09, 0.02),
    new Vector2(TABLE_RADIUS + 0.05, 0.25),
    new Vector2(TABLE_RADIUS + 0.02, TABLE_HEIGHT - 0.02),
    new Vector2(TABLE_RADIUS, TABLE_HEIGHT + 0.01),
    new Vector2(0, TABLE_HEIGHT + 0.01),
  ];
  const g = new LatheGeometry(pts, 40);
  // Linen, warming to a soft rose toward the hem, so the skirt reads as a falling cloth.
  const top = new Color(TEA_COLORS.cloth);
  const hem = new Color(TEA_COLORS.clothHem);
  const pos = g.getAttribute('position');
  const colours = new Float32Array(pos.count * 3);
  const c = new Color();
  for (let i = 0; i < pos.count; i++) {
    const k = 1 - Math.min(1, pos.getY(i) / TABLE_HEIGHT);
    c.copy(top).lerp(hem, k * k * 0.9);
    c.toArray(colours, i * 3);
  }
  g.setAttribute('color', new BufferAttribute(colours, 3));
  return g;
}

function teapot() {
  const body = new LatheGeometry(
    [
      new Vector2(0, 0),
      new Vector2(0.07, 0.005),
      new Vector2(0.1, 0.05),
      new Vector2(0.095, 0.1),
      new Vector2(0.06, 0.135),
      new Vector2(0.025, 0.145),
      new Vector2(0.02, 0.17),
      new Vector2(0, 0.175),
    ],
    20,
  );
  const spout = new CylinderGeometry(0.012, 0.02, 0.11, 8).rotateZ(-0.9).translate(0.12, 0.08, 0);
  return mergeGeometries([body, spout])!.translate(0, TABLE_HEIGHT + 0.01, 0);
}

function cakeStand() {
  return new LatheGeometry(
    [
      new Vector2(0, 0),
      new Vector2(0.06, 0),
      new Vector2(0.015, 0.02),
      new Vector2(0.015, 0.09),
      new Vector2(0.13, 0.1),
      new Vector2(0.13, 0.11),
      new Vector2(0, 0.11),
    ],
    24,
  ).translate(0.28, TABLE_HEIGHT + 0.01, 0.18);
}

function cakes() {
  const parts = [0, 1, 2, 3, 4].map((i) =>
    new SphereGeometry(0.035, 10, 6, 0, Math.PI * 2, 0, Math.PI / 2).translate(
      0.28 + Math.sin(i * 1.26) * 0.07,
      TABLE_HEIGHT + 0.12,
      0.18 + Math.cos(i * 1.26) * 0.07,
    ),
  );
  return mergeGeometries(parts)!;
}

function cupAndSaucer() {
  const saucer = new CylinderGeometry(0.075, 0.06, 0.012, 20).translate(0, 0.006, 0);
  const cup = new LatheGeometry(
    [
      new Vector2(0, 0.012),
      new Vector2(0.03, 0.012),
      new Vector2(0.045, 0.04),
      new Vector2(0.048, 0.075),
      new Vector2(0.044, 0.075),
      new Vector2(0, 0.02),
    ],
    16,
  );
  const plate = new CylinderGeometry(0.1, 0.085, 0.01, 24).translate(0.16, 0.005, 0.02);
  return mergeGeometries([saucer, cup, plate])!.translate(-0.08, TABLE_HEIGHT + 0.012, 0);
}

function chair() {
  // a white garden chair: seat, back and four legs, its front toward -Z (the table)
  const seat = new CylinderGeometry(0.23, 0.23, 0.04, 16).translate(0, 0.45, 0);
  // the back curves round the far side of the seat (+Z), away from the table
  const back = new CylinderGeometry(
    0.23,
    0.23,
    0.3,
    16,
    1,
    true,
    -Math.PI * 0.32,
    Math.PI * 0.64,
  ).translate(0, 0.66, 0);
  const legs = [
    [-0.16, -0.16],
    [0.16, -0.16],
    [-0.16, 0.16],
    [0.16, 0.16],
  ].map(([x, z]) => new CylinderGeometry(0.018, 0.018, 0.45, 6).translate(x!, 0.225, z!));
  return mergeGeometries([seat, back, ...legs])!;
}

/**
 * The tea table: cloth, pot, cake stand with little cakes, and a cup and plate at every place,
 * with a white garden chair at each of the eight seats (seven draw calls in all).
 */
export function TeaTable({ seatRadius }: { seatRadius: number }) {
  const clothGeometry = useDisposable(cloth);
  const clothMaterial = useDisposable(() => new MeshLambertMaterial({ vertexColors: true }));
  const potGeometry = useDisposable(teapot);
  const potMaterial = useDisposable(() => new MeshLambertMaterial({ color: TEA_COLORS.teapot }));
  const standGeometry = useDisposable(cakeStand);
  const chinaMaterial = useDisposable(() => new MeshLambertMaterial({ color: TEA_COLORS.china }));
  const cakeGeometry = useDisposable(cakes);
  const cakeMaterial = useDisposable(() => new MeshLambertMaterial({ color: TEA_COLORS.cake }));
  return (
    <>
      <mesh geometry={clothGeometry} material={clothMaterial} />
      <mesh geometry={potGeometry} material={potMaterial} position={[-0.12, 0, -0.1]} />
      <mesh geometry={standGeometry} material={chinaMaterial} />
      <mesh geometry={cakeGeometry} material={cakeMaterial} />
      <SeatRing
        geometry={cupAndSaucer}
        material={() => new MeshLambertMaterial({ color: TEA_COLORS.china })}
        radius={seatRadius}
        forward={seatRadius - TABLE_RADIUS + 0.2}
      />
      <SeatRing
        geometry={chair}
        material={() => new MeshLambertMaterial({ color: TEA_COLORS.chair, side: DoubleSide })}
        radius={seatRadius + 0.12}
      />
    </>
  );
}
