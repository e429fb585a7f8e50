/**
 * The northern lights and the stars as functions of view direction, shared by the sky and the
 * lake (which looks them up in the mirrored direction, so no reflection pass is needed).
 * Cheap: a few sines per pixel, no loops, no textures.
 */
export const AURORA_GLSL = /* glsl */ `
uniform float uTime;
uniform float uAurora;

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

// Soft curtains: a slowly drifting band low over the far shore, folded by two sine waves, with
// faint vertical rays. Teal at the foot, fading to violet at the top.
vec3 auroraColor(vec3 dir) {
  float el = asin(clamp(dir.y, -1.0, 1.0));
  float az = atan(dir.x, -dir.z);
  float fold = sin(az * 2.1 + uTime * 0.021) * 0.09 + sin(az * 5.3 - uTime * 0.033) * 0.035;
  float base = 0.16 + fold;
  float foot = smoothstep(base - 0.02, base + 0.03, el);
  float top = 1.0 - smoothstep(base + 0.06, base + 0.42, el);
  float rays = 0.55 + 0.45 * pow(0.5 + 0.5 * sin(az * 38.0 + sin(az * 7.0 + uTime * 0.05) * 2.5), 2.0);
  float width = smoothstep(1.7, 0.5, abs(az));
  // Gaps along the sky, so the lights come and go in drifting patches.
  float patches = smoothstep(0.25, 0.9, 0.5 + 0.5 * sin(az * 2.7 + 0.8 + uTime * 0.012));
  float curtain = foot * top * rays * width * (0.25 + 0.75 * patches) * 0.5;
  float h = clamp((el - base) / 0.5, 0.0, 1.0);
  vec3 col = mix(vec3(0.12, 0.95, 0.62), vec3(0.45, 0.32, 0.95), smoothstep(0.25, 0.95, h));
  return col * curtain * uAurora;
}

// Stars: one in a few hundred cells of a direction grid, each twinkling slowly and gently.
vec3 starColor(vec3 dir) {
  if (dir.y < 0.02) return vec3(0.0);
  vec2 cell = vec2(atan(dir.x, -dir.z) * 180.0, asin(dir.y) * 180.0);
  vec2 id = floor(cell);
  float h = hash12(id);
  if (h < 0.985) return vec3(0.0);
  vec2 centre = id + 0.5 + (vec2(hash12(id + 7.1), hash12(id + 3.7)) - 0.5) * 0.6;
  float d = length(cell - centre);
  float twinkle = 0.8 + 0.2 * sin(uTime * (0.4 + h) + h * 60.0);
  float brightness = (h - 0.985) / 0.015;
  return vec3(0.85, 0.9, 1.0) * smoothstep(0.35, 0.0, d) * brightness * twinkle * smoothstep(0.02, 0.2, dir.y);
}
`;

/** Vertex shader for ground and water: passes the world position for view-dependent shading. */
export const WORLD_VERTEX = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;
