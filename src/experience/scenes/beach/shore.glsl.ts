/**
 * Foam at the water's edge, shared by the sea and the sand so the lace runs unbroken across the
 * waterline. Two warped sines, no texture; uLacePhase is wrapped to 0..2π on the CPU.
 */
export const SHORE_GLSL = /* glsl */ `
uniform float uLacePhase;

// 0..1: how much foam a patch of the shore holds right now.
float foamLace(vec2 p) {
  float a = sin(p.x * 2.3 + uLacePhase + 1.7 * sin(p.y * 1.9 + p.x * 0.7));
  float b = sin(p.x * 5.9 - uLacePhase + 1.3 * sin(p.y * 4.1 - p.x * 1.6));
  return clamp(0.5 + 0.35 * a + 0.25 * b, 0.0, 1.0);
}
`;
