import {
  AdditiveBlending,
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  ShaderMaterial,
} from 'three';
import { seededRandom } from './seededRandom.ts';
import { useDisposable } from './useDisposable.ts';

const VERTEX = /* glsl */ `
attribute float aSize;
varying float vBright;
void main() {
  vBright = aSize;
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_PointSize = 1.0 + aSize * 1.6;
  gl_Position = projectionMatrix * mv;
}
`;
const FRAGMENT = /* glsl */ `
uniform vec3 uColor;
uniform float uAmount;
varying float vBright;
void main() {
  float d = 1.0 - smoothstep(0.1, 0.5, length(gl_PointCoord - 0.5));
  float a = d * vBright * uAmount;
  gl_FragColor = vec4(uColor * a, a);
}
`;

/**
 * Where the stars are and how bright each is (0.3–1). Scattered evenly over the upper sky (height
 * uniform on the sphere is even by area), well above the horizon glow. (A golden-angle spiral
 * with the height from the same index once drew them all along one line.)
 */
export function starField(
  count: number,
  radius: number,
): { pos: Float32Array; size: Float32Array } {
  const pos = new Float32Array(count * 3);
  const size = new Float32Array(count);
  const random = seededRandom(0x5747a125);
  for (let i = 0; i < count; i++) {
    const y = 0.25 + 0.75 * random();
    const a = random() * Math.PI * 2;
    const r = Math.sqrt(1 - y * y);
    pos[i * 3] = Math.cos(a) * r * radius;
    pos[i * 3 + 1] = y * radius;
    pos[i * 3 + 2] = Math.sin(a) * r * radius;
    size[i] = 0.3 + random() * 0.7;
  }
  return { pos, size };
}

/** The first stars of the evening: a few hundred points high in the sky (one draw call). */
export function Stars({ count = 260, radius = 800, amount = 0.6, color = '#fff6e8' }) {
  const geometry = useDisposable(() => {
    const { pos, size } = starField(count, radius);
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pos, 3));
    g.setAttribute('aSize', new Float32BufferAttribute(size, 1));
    return g;
  });
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { uColor: { value: new Color(color) }, uAmount: { value: amount } },
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
        fog: false,
      }),
  );
  return (
    <points geometry={geometry} material={material} frustumCulled={false} renderOrder={-900} />
  );
}
