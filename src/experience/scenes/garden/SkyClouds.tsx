import { BufferGeometry, Color, Float32BufferAttribute, ShaderMaterial, Vector3 } from 'three';
import { skyDirection } from '../common/skyUniforms.ts';
import { useDisposable } from '../common/useDisposable.ts';

/** Inside the sky dome (900 m), beyond everything else. */
const RADIUS_M = 700;

/** Fair-weather clouds: azimuth and elevation of each centre (degrees), its width and height. */
const CLOUDS: readonly (readonly [number, number, number, number])[] = [
  [-8, 14, 26, 9],
  [28, 21, 20, 8],
  [-42, 24, 24, 9],
  [62, 12, 22, 7],
  [-78, 13, 20, 7],
  [120, 18, 26, 9],
  [-150, 20, 24, 9],
  [170, 11, 20, 6],
];

const VERTEX = /* glsl */ `
attribute vec2 aCorner;
attribute float aSeed;
varying vec2 vCorner;
varying float vSeed;
void main() {
  vCorner = aCorner;
  vSeed = aSeed;
  gl_Position = projectionMatrix * viewMatrix * vec4(position, 1.0);
}
`;

/** A soft heap of cloud from a few octaves of value noise: bright tops, blue-grey bases. */
const FRAGMENT = /* glsl */ `
uniform vec3 uLit;
uniform vec3 uShade;
varying vec2 vCorner;
varying float vSeed;
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float noise(vec2 p) {
  vec2 i = floor(p); vec2 f = fract(p); vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), u.x),
             mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), u.x), u.y);
}
void main() {
  vec2 p = vCorner * vec2(2.2, 1.0) + vSeed * 7.3;
  float n = 0.5 * noise(p * 1.6) + 0.3 * noise(p * 3.4) + 0.2 * noise(p * 7.1);
  // A heap: round and billowing on top, flatter underneath.
  vec2 q = vCorner * vec2(1.0, 1.4) + vec2(0.0, 0.25);
  float heap = 1.0 - length(q * vec2(1.0, mix(1.6, 1.0, step(0.0, vCorner.y))));
  float density = smoothstep(0.0, 0.45, heap + (n - 0.5) * 0.9);
  float top = smoothstep(-0.6, 0.8, vCorner.y + n * 0.4);
  vec3 col = mix(uShade, uLit, top);
  gl_FragColor = vec4(col * density * 0.85, density * 0.85);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

function createGeometry(): BufferGeometry {
  const positions: number[] = [];
  const corners: number[] = [];
  const seeds: number[] = [];
  const indices: number[] = [];
  const centre = new Vector3();
  const right = new Vector3();
  const up = new Vector3();
  const DEG = Math.PI / 180;
  CLOUDS.forEach(([azimuth, elevation, width, height], i) => {
    skyDirection(azimuth, elevation, centre);
    right.set(Math.cos(azimuth * DEG), 0, Math.sin(azimuth * DEG));
    up.crossVectors(right, centre).normalize();
    const halfW = RADIUS_M * Math.tan((width * DEG) / 2);
    const halfH = RADIUS_M * Math.tan((height * DEG) / 2);
    for (const [cx, cy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      positions.push(
        centre.x * RADIUS_M + right.x * cx * halfW + up.x * cy * halfH,
        centre.y * RADIUS_M + right.y * cx * halfW + up.y * cy * halfH,
        centre.z * RADIUS_M + right.z * cx * halfW + up.z * cy * halfH,
      );
      corners.push(cx, cy);
      seeds.push(i * 1.37);
    }
    const base = i * 4;
    indices.push(base, base + 1, base + 2, base + 2, base + 1, base + 3);
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aCorner', new Float32BufferAttribute(corners, 2));
  geometry.setAttribute('aSeed', new Float32BufferAttribute(seeds, 1));
  geometry.setIndex(indices);
  return geometry;
}

/** A few still white clouds in a summer sky: one draw call, premultiplied alpha. */
export function SkyClouds({ lit, shade }: { lit: string; shade: string }) {
  const geometry = useDisposable(createGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { uLit: { value: new Color(lit) }, uShade: { value: new Color(shade) } },
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        transparent: true,
        premultipliedAlpha: true,
        depthWrite: false,
      }),
  );
  return <mesh geometry={geometry} material={material} renderOrder={-999} frustumCulled={false} />;
}
