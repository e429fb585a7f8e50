import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { STAR_LOOKUP_GLSL } from './starField.ts';
import { AURORA_GLSL, HASH_GLSL, MOON_GLSL } from './northernLights.glsl.ts';

/** The night sky dome: gradient, moon, Milky Way and northern lights in one pass. */
export const NIGHT_SKY_FRAGMENT = /* glsl */ `
${SKY_GLSL}
${HASH_GLSL}
${AURORA_GLSL}
${STAR_LOOKUP_GLSL}
${MOON_GLSL}
varying vec3 vDir;
#include <common>
#include <dithering_pars_fragment>

void main() {
  vec3 dir = normalize(vDir);
  vec3 col = skyColor(dir) + milkyWay(dir);
  vec4 moon = moonDisc(dir);
  col = mix(col, moon.rgb, moon.a * 0.92);
  col += auroraColor(dir);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
  #include <dithering_fragment>
}
`;
