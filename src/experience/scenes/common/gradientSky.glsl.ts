import { SKY_GLSL, OUTPUT_GLSL } from './sky.glsl.ts';

export const GRADIENT_SKY_VERTEX = /* glsl */ `
varying vec3 vDir;
void main() {
  // The dome is centred on the viewer, so its own position is the view direction.
  vDir = position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

export const GRADIENT_SKY_FRAGMENT = /* glsl */ `
${SKY_GLSL}
uniform vec3 uSunColor;
uniform float uSunRadius;
varying vec3 vDir;
#include <common>
#include <dithering_pars_fragment>

void main() {
  vec3 dir = normalize(vDir);
  vec3 col = skyColor(dir);
  // The disc: soft-edged, a touch deeper in colour toward its lower limb.
  float sunDist = length(dir - uSunDir);
  float disc = 1.0 - smoothstep(uSunRadius * 0.7, uSunRadius, sunDist);
  float lowerLimb = clamp((uSunDir.y - dir.y) / uSunRadius, 0.0, 1.0);
  vec3 sun = uSunColor * mix(vec3(1.0), vec3(1.0, 0.78, 0.6), lowerLimb);
  col = mix(col, sun, disc);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
  #include <dithering_fragment>
}
`;
