import { BoxGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useDisposable } from '../common/useDisposable.ts';
import { gardenMaterial } from './gardenMaterial.ts';
import { GARDEN } from './layout.ts';
import { GARDEN_COLORS as C } from './palette.ts';

/** A slatted teak garden bench, silvered with age, at the end of the cross path on the right. */
function createBench() {
  const box = (sx: number, sy: number, sz: number, x: number, y: number, z: number) =>
    new BoxGeometry(sx, sy, sz).translate(x, y, z);
  const L = 1.6;
  const parts = [
    // Seat slats, then the back rest's slats, leaning back a little.
    ...[0, 1, 2, 3].map((i) => box(L, 0.03, 0.085, 0, 0.45, -0.19 + i * 0.11)),
    ...[0, 1, 2].map((i) => box(L, 0.075, 0.025, 0, 0.62 + i * 0.13, 0.24 + i * 0.025).rotateX(0)),
    // Legs and arms.
    ...[-1, 1].flatMap((s) => [
      box(0.06, 0.45, 0.06, s * (L / 2 - 0.04), 0.225, -0.2),
      box(0.06, 0.95, 0.06, s * (L / 2 - 0.04), 0.475, 0.27),
      box(0.07, 0.04, 0.55, s * (L / 2 + 0.0), 0.68, 0.02),
      box(0.05, 0.22, 0.05, s * (L / 2 - 0.04), 0.57, -0.2),
    ]),
  ];
  const { fountain, right } = GARDEN;
  // Back to the right-hand wall, facing across the garden (-x).
  return mergeGeometries(parts)
    .rotateY(Math.PI / 2)
    .translate(right - 0.5, 0, fountain.z);
}

export function Bench() {
  const geometry = useDisposable(createBench);
  const material = useDisposable(() =>
    gardenMaterial(
      'base *= 0.84 + 0.2 * gNoise(vec2(vGardenWorld.z * 3.0, vGardenWorld.y * 40.0 + vGardenWorld.x * 40.0));',
      '',
      { color: C.wood },
    ),
  );
  return <mesh geometry={geometry} material={material} />;
}
