import { OUTPUT_GLSL } from './sky.glsl.ts';

export const BREATHING_ORB_VERTEX = /* glsl */ `
uniform float uHalfSize;
varying vec2 vOffset;
void main() {
  // A billboard: the quad is laid out in view space, so it always faces the eye (each eye in VR).
  vOffset = position.xy;
  vec4 centre = modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  centre.xy += position.xy * uHalfSize;
  gl_Position = projectionMatrix * centre;
}
`;

// vOffset runs -1..1 across the quad; uCoreFraction is the core's radius as a share of that.
export const BREATHING_ORB_FRAGMENT = /* glsl */ `
uniform vec3 uCoreColor;
uniform vec3 uGlowColor;
uniform float uCoreFraction;
uniform float uBrightness;
uniform float uOpacity;
varying vec2 vOffset;

void main() {
  float r = length(vOffset) / uCoreFraction;   // 1.0 at the edge of the core
  // A soft body, brightest and whitest at its heart, with no hard rim.
  float body = 1.0 - smoothstep(0.15, 1.0, r);
  float heart = exp(-r * r * 4.0);
  // The halo falls to exactly zero at the quad's edge, so no square ever shows.
  float edge = 1.0 / uCoreFraction;
  float halo = max(exp(-r * 1.5) - exp(-edge * 1.5), 0.0);
  vec3 light = uGlowColor * (0.8 * body + 0.35 * halo) + uCoreColor * (0.9 * heart);
  // Premultiplied: the body veils what is behind it a little, the halo only adds light.
  gl_FragColor = vec4(light * uBrightness * uOpacity, 0.8 * body * uOpacity);
  ${OUTPUT_GLSL}
}
`;
