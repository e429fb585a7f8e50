import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';

export const BIRDS_VERTEX = /* glsl */ `
${SKY_GLSL}
attribute float aBird;
attribute vec3 aLocal;
uniform float uTime;
uniform vec3 uBirdColor;
varying vec3 vColor;

const float TAU = 6.2831853;

void main() {
  // Each gull wheels on a wide, slow circle far out over the bay, never nearer than ~100 m.
  float period = 80.0 + aBird * 17.0;
  float angle = TAU * uTime / period + aBird * 2.4;
  float radius = 55.0 + aBird * 12.0;
  vec3 centre = vec3(25.0 + aBird * 22.0, 20.0 + aBird * 4.0, -160.0 - aBird * 25.0);
  vec3 body = centre + vec3(cos(angle) * radius, 1.5 * sin(angle * 2.0), sin(angle) * radius);
  vec3 heading = vec3(-sin(angle), 0.0, cos(angle));
  vec3 right = vec3(-heading.z, 0.0, heading.x);
  // Long glides with a slow, shallow wing beat.
  float beat = sin(uTime * 2.2 + aBird * 1.9) * (0.5 + 0.5 * sin(uTime * 0.23 + aBird));
  float span = abs(aLocal.x);
  vec3 p = body + right * aLocal.x + heading * aLocal.z
    + vec3(0.0, aLocal.y + span * (0.25 + 0.35 * beat), 0.0);
  vec3 toEye = cameraPosition - p;
  float dist = length(toEye);
  float haze = hazeAmount(dist);
  vColor = mix(uBirdColor, hazeColor(-toEye / dist, haze), haze);
  gl_Position = projectionMatrix * viewMatrix * vec4(p, 1.0);
}
`;

export const BIRDS_FRAGMENT = /* glsl */ `
varying vec3 vColor;
void main() {
  gl_FragColor = vec4(vColor, 1.0);
  ${OUTPUT_GLSL}
}
`;
