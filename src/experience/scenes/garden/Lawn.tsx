import { PlaneGeometry } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import { gardenMaterial, glslColor } from './gardenMaterial.ts';
import { FLOWER_AT, GARDEN } from './layout.ts';
import { GARDEN_COLORS as C } from './palette.ts';
import { topiary } from './plantings.ts';

const { left, right, back, front, borderDepth, pathHalfWidth, fountain } = GARDEN;

/** Where a soft shadow lies on the ground (x, z, radius): the urn, the box balls, the fountain. */
const BLOBS: readonly (readonly [number, number, number])[] = [
  [FLOWER_AT[0], FLOWER_AT[1], 0.55],
  ...topiary().map((p) => [p.position.x, p.position.z, p.scale.x * 1.5] as const),
  [fountain.x, fountain.z, 2.3],
  [right - 0.5, fountain.z, 1.1],
];

/**
 * The ground inside the walls in one draw call: a striped lawn (mown up and down), a gravel path
 * from the viewer's bench to the fountain with a gravel circle round it, and dark soil in the
 * borders. The walls' soft shade falls on the lawn along the sunless sides.
 */
const GROUND_GLSL = /* glsl */ `
  vec2 p = vGardenWorld.xz;
  float fw = length(fwidth(p));
  // Lawn: broad mowing stripes, and a little unevenness.
  float stripe = smoothstep(-0.08, 0.08, sin(p.x * 3.14159 / 1.1));
  vec3 lawn = mix(${glslColor(C.lawn)}, ${glslColor(C.lawnStripe)}, stripe * (1.0 - smoothstep(0.02, 0.2, fw) * 0.5));
  lawn *= 0.88 + 0.2 * gNoise(p * 1.7) + 0.06 * gNoise(p * 13.0);
  // Gravel: pale, speckled.
  vec3 gravel = ${glslColor(C.gravel)} * (0.86 + 0.18 * gNoise(p * 38.0) + 0.06 * gNoise(p * 4.0));
  float toFountain = length(p - vec2(${fountain.x.toFixed(2)}, ${fountain.z.toFixed(2)}));
  float pathD = min(abs(p.x) - ${pathHalfWidth.toFixed(2)}, toFountain - ${fountain.circle.toFixed(2)});
  // The cross path, to the side borders.
  pathD = min(pathD, abs(p.y - ${fountain.z.toFixed(2)}) - ${pathHalfWidth.toFixed(2)});
  float onPath = 1.0 - smoothstep(-0.03 - fw, 0.03 + fw, pathD);
  // Borders: soil under the plants.
  float borderD = min(min(p.x - ${(left + borderDepth).toFixed(2)}, ${(right - borderDepth).toFixed(2)} - p.x),
    min(p.y - ${(back + borderDepth).toFixed(2)}, ${(front - borderDepth).toFixed(2)} - p.y));
  float inBorder = 1.0 - smoothstep(-0.05, 0.05, borderD);
  vec3 soil = ${glslColor(C.soil)} * (0.8 + 0.3 * gNoise(p * 9.0));
  base = mix(lawn, soil, inBorder);
  base = mix(base, gravel, onPath);
  // Soft shade from the walls on the sides the sun comes over (left and behind).
  float shade = smoothstep(0.4, 3.2, p.x - ${left.toFixed(2)}) * smoothstep(0.4, 2.8, ${front.toFixed(2)} - p.y);
  base *= mix(0.62, 1.0, shade);
  // Soft contact shadows under what stands on the ground, cast a little away from the sun.
  float blob = 1.0;
  ${BLOBS.map(([x, z, r]) => `blob *= 1.0 - 0.45 * (1.0 - smoothstep(${(r * 0.4).toFixed(2)}, ${r.toFixed(2)}, length(p - vec2(${(x + r * 0.25).toFixed(2)}, ${(z - r * 0.12).toFixed(2)}))));`).join('\n  ')}
  base *= blob;
`;

export function Lawn() {
  const geometry = useDisposable(() => {
    const w = right - left;
    const d = front - back;
    return new PlaneGeometry(w, d, 1, 1)
      .rotateX(-Math.PI / 2)
      .translate((left + right) / 2, 0, (front + back) / 2);
  });
  const material = useDisposable(() => gardenMaterial(GROUND_GLSL));
  return <mesh geometry={geometry} material={material} />;
}
