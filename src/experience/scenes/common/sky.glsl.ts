/**
 * The sky as a function of direction, shared by the sky dome and by anything that reflects the
 * sky or fades into it with distance. Cheap: a few mixes and two exps, no loops or textures.
 * Needs the uniforms from createSkyUniforms (skyUniforms.ts).
 */
export const SKY_GLSL = /* glsl */ `
uniform vec3 uSkyZenith;
uniform vec3 uSkyUpper;
uniform vec3 uSkyLow;
uniform vec3 uSkyHorizonSun;
uniform vec3 uSkyHorizonAway;
uniform vec3 uSkyGlow;
uniform float uSkyGlowStrength;
uniform vec3 uSunDir;
uniform float uHazeDistance;

// dir must be unit length. Below the horizon the horizon colour continues.
vec3 skyColor(vec3 dir) {
  float h = max(dir.y, 0.0);
  float sunward = dot(dir, uSunDir) * 0.5 + 0.5;
  vec3 horizon = mix(uSkyHorizonAway, uSkyHorizonSun, sunward * sunward);
  vec3 col = mix(horizon, uSkyLow, smoothstep(0.0, 0.16, h));
  col = mix(col, uSkyUpper, smoothstep(0.1, 0.5, h));
  col = mix(col, uSkyZenith, smoothstep(0.4, 1.0, h));
  // Halo round the sun: a wide warm wash plus a tighter bright core, hugging the horizon.
  float sunDist = length(dir - uSunDir);
  float glow = 0.5 * exp(-sunDist * 2.2) + 0.45 * exp(-sunDist * 9.0);
  return col + uSkyGlow * (glow * uSkyGlowStrength * (1.0 - 0.5 * smoothstep(0.0, 0.5, h)));
}

float hazeAmount(float distance) {
  return 1.0 - exp(-distance / uHazeDistance);
}

// The colour of the air between the eye and something \`amount\` hazed (from hazeAmount). Thin
// haze takes the cooler light of the sky above, so nearer hills turn violet; thick haze becomes
// exactly the horizon's colour, so the far sea melts into the sky without a seam.
vec3 hazeColor(vec3 dir, float amount) {
  vec2 level = normalize(dir.xz + vec2(1e-4, 0.0));
  vec3 above = skyColor(normalize(vec3(level.x, 0.5, level.y)));
  vec3 horizon = skyColor(vec3(level.x, 0.0, level.y));
  return mix(above, horizon, smoothstep(0.3, 0.85, amount));
}
`;

/** Last lines of every fragment shader here: tone mapping and sRGB output, like three's own. */
export const OUTPUT_GLSL = /* glsl */ `
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
`;
