import { BoxGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useDisposable } from '../common/useDisposable.ts';
import { STONE_GLSL, gardenMaterial, glslColor } from './gardenMaterial.ts';
import { GARDEN } from './layout.ts';
import { GARDEN_COLORS as C } from './palette.ts';

const { left, right, back, front, wallHeight: H, wallThickness: T } = GARDEN;

/** The four walls as boxes (x, y, z centre and size), shared by the bricks and their coping. */
function wallBoxes(height: number, grow: number, y: number): BoxGeometry[] {
  const w = right - left + 2 * T + 2 * grow;
  const d = front - back + 2 * T + 2 * grow;
  const t = T + 2 * grow;
  const boxes: [number, number, number, number, number, number][] = [
    [left - T / 2, y, (front + back) / 2, t, height, d],
    [right + T / 2, y, (front + back) / 2, t, height, d],
    [0, y, back - T / 2, w, height, t],
    [0, y, front + T / 2, w, height, t],
  ];
  return boxes.map(([x, by, z, sx, sy, sz]) => new BoxGeometry(sx, sy, sz).translate(x, by, z));
}

/**
 * Old red brick in stretcher bond, each brick its own shade, with pale lime mortar; darker and
 * damper toward the foot of the wall. The pattern fades to its average where a brick would be
 * smaller than a pixel, so distant walls never shimmer.
 */
const BRICK_GLSL = /* glsl */ `
  bool alongZ = abs(vGardenNormal.x) > 0.5;
  vec2 uv = vec2(alongZ ? vGardenWorld.z : vGardenWorld.x, vGardenWorld.y);
  vec2 brick = vec2(0.225, 0.075);
  vec2 cell = uv / brick;
  float row = floor(cell.y);
  cell.x += mod(row, 2.0) * 0.5;
  vec2 id = floor(cell);
  vec2 f = fract(cell);
  vec2 fw = fwidth(cell);
  vec2 mortar = vec2(0.045, 0.13);
  vec2 edge = smoothstep(mortar - fw, mortar + fw, f) * smoothstep(mortar - fw, mortar + fw, 1.0 - f);
  float inBrick = edge.x * edge.y;
  float h = gHash(id + (alongZ ? 17.0 : 0.0));
  vec3 brickCol = mix(${glslColor(C.brickDark)}, ${glslColor(C.brick)}, smoothstep(0.0, 0.7, h));
  brickCol = mix(brickCol, ${glslColor(C.brickLight)}, smoothstep(0.75, 1.0, h));
  brickCol *= 0.9 + 0.2 * gNoise(uv * vec2(40.0, 60.0));
  vec3 mortarCol = ${glslColor(C.mortar)};
  // Average colour where the bricks are too small to draw.
  float detail = 1.0 - smoothstep(0.25, 0.6, max(fw.x, fw.y));
  vec3 average = mix(${glslColor(C.brick)}, mortarCol, 0.22);
  base = mix(average, mix(mortarCol, brickCol, inBrick), detail);
  // Weathering: patches of lichen and damp toward the ground.
  float patchy = gNoise(uv * 0.9) * gNoise(uv * 2.7 + 3.0);
  base = mix(base, base * vec3(0.86, 0.9, 0.78), smoothstep(0.2, 0.5, patchy) * 0.6);
  base *= mix(0.72, 1.0, smoothstep(0.0, 0.6, vGardenWorld.y));
`;

export function Walls() {
  const bricks = useDisposable(() => mergeGeometries(wallBoxes(H, 0, H / 2)));
  const coping = useDisposable(() => mergeGeometries(wallBoxes(0.09, 0.05, H + 0.045)));
  const brickMaterial = useDisposable(() => gardenMaterial(BRICK_GLSL));
  const stone = useDisposable(() => gardenMaterial(STONE_GLSL, '', { color: C.coping }));
  return (
    <>
      <mesh geometry={bricks} material={brickMaterial} />
      <mesh geometry={coping} material={stone} />
    </>
  );
}

/** A painted wooden door in an arched stone frame in the far wall, behind the fountain. */
export function Door() {
  const geometry = useDisposable(() => {
    const parts = [
      // Door leaf (boards drawn by the shader), then the stone frame: two jambs and a lintel.
      new BoxGeometry(1.1, 2.05, 0.08).translate(0, 1.025, back + 0.01),
    ];
    return mergeGeometries(parts);
  });
  const frame = useDisposable(() =>
    mergeGeometries([
      new BoxGeometry(0.18, 2.25, 0.12).translate(-0.64, 1.125, back + 0.03),
      new BoxGeometry(0.18, 2.25, 0.12).translate(0.64, 1.125, back + 0.03),
      new BoxGeometry(1.46, 0.2, 0.14).translate(0, 2.3, back + 0.04),
      new BoxGeometry(1.5, 0.06, 0.5).translate(0, 0.03, back + 0.2),
    ]),
  );
  const wood = useDisposable(() =>
    gardenMaterial(
      `float board = fract(vGardenWorld.x / 0.1375);
       float seam = smoothstep(0.0, 0.08, board) * smoothstep(0.0, 0.08, 1.0 - board);
       base *= (0.78 + 0.22 * seam) * (0.92 + 0.1 * gNoise(vec2(vGardenWorld.x * 30.0, vGardenWorld.y * 2.0)));
       float rail = step(abs(vGardenWorld.y - 0.45), 0.06) + step(abs(vGardenWorld.y - 1.6), 0.06);
       base *= 1.0 - 0.12 * min(rail, 1.0);`,
      '',
      { color: C.door },
    ),
  );
  const stone = useDisposable(() => gardenMaterial(STONE_GLSL, '', { color: C.stone }));
  return (
    <>
      <mesh geometry={geometry} material={wood} />
      <mesh geometry={frame} material={stone} />
    </>
  );
}
