import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { NIGHT_LIGHT_GLSL } from './landscape.glsl.ts';

export const PINES_VERTEX = /* glsl */ `
${SKY_GLSL}
${NIGHT_LIGHT_GLSL}
uniform vec3 uPine;
varying vec3 vColor;

void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  vec3 n = normalize(mat3(modelMatrix) * mat3(instanceMatrix) * normal);
  vec3 toPoint = world.xyz - cameraPosition;
  float dist = length(toPoint);
  // Tips of the boughs catch a little more of the sky than the shade inside the tree.
  vec3 col = uPine * nightLight(n) * (0.6 + 0.5 * position.y);
  float haze = hazeAmount(dist);
  vColor = mix(col, hazeColor(toPoint / dist, haze), haze);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const PINES_FRAGMENT = /* glsl */ `
varying vec3 vColor;

void main() {
  gl_FragColor = vec4(vColor, 1.0);
  ${OUTPUT_GLSL}
}
`;
