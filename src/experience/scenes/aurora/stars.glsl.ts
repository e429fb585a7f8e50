import { OUTPUT_GLSL } from '../common/sky.glsl.ts';

export const STARS_VERTEX = /* glsl */ `
attribute vec3 aTwinkle;
attribute float aWarmth;
uniform float uTime;
uniform float uPixelScale;
varying vec3 vColor;

void main() {
  // Most stars faint, a few bright: a deep sky rather than an even scatter of dots.
  float brightness = pow(aTwinkle.x, 1.6);
  vec3 dir = normalize(position);
  // A slow, shallow shimmer (deeper near the horizon, through more air): never a flash.
  float depth = mix(0.28, 0.12, smoothstep(0.05, 0.5, dir.y));
  float twinkle = 1.0 - depth * (0.5 + 0.5 * sin(uTime * aTwinkle.z + aTwinkle.y));
  vec3 tint = mix(vec3(0.8, 0.88, 1.0), vec3(1.0, 0.9, 0.75), aWarmth);
  // Fainter toward the horizon, where the light crosses more air.
  vColor = tint * brightness * twinkle * smoothstep(0.02, 0.12, dir.y);
  // Point sources: a few pixels across, a little larger for the brightest.
  gl_PointSize = uPixelScale * (1.6 + 1.8 * brightness);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

export const STARS_FRAGMENT = /* glsl */ `
varying vec3 vColor;

void main() {
  vec2 p = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(p, p);
  // A soft round point that fades to exactly nothing at the sprite's edge.
  float light = max(exp(-r2 * 3.5) - exp(-3.5), 0.0) * 1.6;
  gl_FragColor = vec4(vColor * light, 1.0);
  ${OUTPUT_GLSL}
}
`;
