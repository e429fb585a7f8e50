import { Color } from 'three';
import { CloudLayer, cloudSpecs } from '../common/CloudLayer.tsx';

/** Fair-weather clouds: azimuth and elevation of each centre, width and height (°), opacity. */
const CLOUDS = cloudSpecs([
  [-8, 14, 30, 9, 0.8],
  [28, 21, 24, 8, 0.7],
  [-42, 24, 28, 9, 0.75],
  [62, 12, 26, 7, 0.7],
  [-78, 13, 24, 7, 0.65],
  [120, 18, 30, 9, 0.75],
  [-150, 20, 28, 9, 0.7],
  [170, 11, 24, 6, 0.65],
]);

const VERTEX = /* glsl */ `
attribute vec2 aCorner;
attribute vec2 aShape;
varying vec2 vCorner;
varying vec2 vShape;
varying float vFade;
void main() {
  vCorner = aCorner;
  vShape = aShape;
  // Low clouds thin toward the horizon haze rather than stopping on it.
  vFade = smoothstep(0.05, 0.3, normalize(position).y);
  gl_Position = projectionMatrix * viewMatrix * vec4(position, 1.0);
}
`;

/**
 * A soft heap of cloud from a few octaves of value noise: sunlit tops, cool grey bases, and
 * edges that thin into the sky (brighter there, as light passes through) instead of a hard rim.
 */
const FRAGMENT = /* glsl */ `
uniform vec3 uLit;
uniform vec3 uShade;
varying vec2 vCorner;
varying vec2 vShape;
varying float vFade;
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float noise(vec2 p) {
  vec2 i = floor(p); vec2 f = fract(p); vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), u.x),
             mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), u.x), u.y);
}
float fbm(vec2 p) {
  float sum = 0.0;
  float amp = 0.5;
  for (int i = 0; i < 5; i++) {
    sum += amp * noise(p);
    p = p * 2.03 + vec2(1.7, 9.2);
    amp *= 0.5;
  }
  return sum;
}
void main() {
  vec2 p = vCorner * vec2(2.4, 1.1) + vShape.x * 7.3;
  float n = fbm(p * 1.5);
  // A heap: several rounded billows on top, a flatter base underneath.
  vec2 q = vCorner * vec2(1.0, 1.5) + vec2(0.0, 0.3);
  float squash = mix(1.8, 1.0, smoothstep(-0.2, 0.1, vCorner.y));
  float heap = 1.0 - length(q * vec2(1.0, squash));
  heap += 0.12 * sin(vCorner.x * 7.0 + vShape.x * 3.0) * step(0.0, vCorner.y);
  float density = smoothstep(0.0, 0.75, heap + (n - 0.5) * 0.9);
  float top = smoothstep(-0.7, 0.7, vCorner.y + (n - 0.5) * 0.8);
  vec3 col = mix(uShade, uLit, max(top, 1.0 - density * 1.4));
  float alpha = density * vShape.y * vFade;
  gl_FragColor = vec4(col * alpha, alpha);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

/** A few still white clouds in a summer sky: one draw call, premultiplied alpha. */
export function SkyClouds({ lit, shade }: { lit: string; shade: string }) {
  return (
    <CloudLayer
      clouds={CLOUDS}
      seedStep={1.37}
      vertexShader={VERTEX}
      fragmentShader={FRAGMENT}
      uniforms={{ uLit: { value: new Color(lit) }, uShade: { value: new Color(shade) } }}
      premultipliedAlpha
    />
  );
}
