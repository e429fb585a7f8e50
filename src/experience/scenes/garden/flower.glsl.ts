/**
 * The breathing flower's petals (and its leaves), all one instanced plane bent in the vertex
 * shader. Each instance has aPetal = (azimuth, kind, length): kind 0 the inner petals, 1 the outer,
 * 2 a leaf (which does not move). Petals lean out from a loose cup to a wide open bloom as uOpen
 * goes from 0 to 1, the outer ring a little ahead of the inner, so the flower seems to unfold.
 */
export const FLOWER_VERTEX = /* glsl */ `
attribute vec3 aPetal;
attribute vec3 aColor;
uniform float uOpen;
varying vec3 vColor;
varying float vAlong;
varying vec3 vNormal;
varying float vKind;

void main() {
  float angle = aPetal.x;
  float kind = aPetal.y;
  float len = aPetal.z;
  float along = position.y;
  float leaf = step(1.5, kind);
  // Petal outline: round-tipped, narrow at the base; leaves are longer and pointed.
  float width = mix(sin(3.14159 * pow(along, 0.65)) * 0.62, sin(3.14159 * pow(along, 0.9)) * 0.34, leaf);
  vec3 p = vec3(position.x * width, along, 0.0) * len;
  // Cupped across (edges toward the centre), more when closed.
  float cup = mix(1.1, 0.45, uOpen) * (1.0 - leaf * 0.7);
  p.z -= position.x * position.x * width * len * cup;
  float outer = clamp(kind, 0.0, 1.0);
  float open = clamp(uOpen * (1.0 + 0.15 * outer) - 0.05 * outer, 0.0, 1.0);
  float tilt = mix(mix(0.22, 0.38, outer), mix(1.05, 1.4, outer), open);
  tilt = mix(tilt, 1.42, leaf);
  // Tips curl outward a little as the flower opens.
  p.z += along * along * len * 0.35 * open * (1.0 - leaf);
  float c = cos(tilt);
  float s = sin(tilt);
  // Lean outward about the petal's own tangent (x), then turn to its place round the centre.
  vec3 q = vec3(p.x, p.y * c - p.z * s, p.y * s + p.z * c);
  vec3 n = vec3(0.0, s, c);
  float ca = cos(angle);
  float sa = sin(angle);
  vec3 r = vec3(q.x * ca + q.z * sa, q.y, -q.x * sa + q.z * ca);
  vNormal = normalize(vec3(n.x * ca + n.z * sa, n.y, -n.x * sa + n.z * ca));
  r += vec3(sa, 0.0, ca) * mix(0.018 + 0.012 * outer, 0.05, leaf);
  vColor = aColor;
  vAlong = along;
  vKind = kind;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(r, 1.0);
}
`;

export const FLOWER_FRAGMENT = /* glsl */ `
uniform float uOpen;
uniform float uGlow;
uniform vec3 uTip;
uniform vec3 uSunDir;
varying vec3 vColor;
varying float vAlong;
varying vec3 vNormal;
varying float vKind;

void main() {
  float leaf = step(1.5, vKind);
  vec3 n = normalize(vNormal) * (gl_FrontFacing ? 1.0 : -1.0);
  // Soft light: sky from above, the sun, and light through the thin petals from behind.
  float sun = max(dot(n, uSunDir), 0.0);
  float through = max(dot(-n, uSunDir), 0.0) * 0.55 * (1.0 - leaf);
  vec3 col = mix(vColor, uTip * mix(1.0, 0.0, leaf) + vColor * leaf, smoothstep(0.35, 1.0, vAlong) * 0.7);
  col *= 0.28 + 0.42 * (n.y * 0.5 + 0.5) + 0.5 * sun + through;
  // The guide's glow: the bloom lightens as it opens (never dazzling).
  col += vColor * uGlow * (1.0 - leaf) * (0.25 + 0.35 * vAlong);
  col *= 1.0 - 0.35 * (1.0 - smoothstep(0.0, 0.25, vAlong));
  gl_FragColor = vec4(col, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;
