import { BufferGeometry, Float32BufferAttribute, ShaderMaterial } from 'three';
import { createPolarGrid } from '../common/polarGrid.ts';
import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { WORLD_VERTEX } from './aurora.glsl.ts';
import type { AuroraUniforms } from './auroraUniforms.ts';

// Dark land lit faintly by the sky, fading into the night haze with distance.
const FRAGMENT = /* glsl */ `
${SKY_GLSL}
uniform vec3 uLandColor;
uniform float uAurora;
varying vec3 vWorld;
void main() {
  vec3 toPoint = vWorld - cameraPosition;
  float dist = length(toPoint);
  vec3 view = toPoint / dist;
  // A faint green cast from the lights above, so the shore is never pitch black.
  vec3 col = uLandColor + vec3(0.0, 0.012, 0.008) * uAurora;
  col = mix(col, hazeColor(view, hazeAmount(dist)), hazeAmount(dist));
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;

/** Low hills around the far shore: a ring of height-varied quads, silhouetted against the sky. */
function hillRing(radius: number, segments: number): BufferGeometry {
  const pos: number[] = [];
  const height = (a: number) =>
    18 + 14 * Math.sin(a * 3.1 + 1.3) + 9 * Math.sin(a * 7.7 + 0.4) + 4 * Math.sin(a * 17.0);
  for (let i = 0; i < segments; i++) {
    const a0 = (i / segments) * Math.PI * 2;
    const a1 = ((i + 1) / segments) * Math.PI * 2;
    const [x0, z0, x1, z1] = [
      Math.sin(a0) * radius,
      -Math.cos(a0) * radius,
      Math.sin(a1) * radius,
      -Math.cos(a1) * radius,
    ];
    const [h0, h1] = [height(a0), height(a1)];
    pos.push(x0, -2, z0, x1, -2, z1, x1, h1, z1, x0, -2, z0, x1, h1, z1, x0, h0, z0);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  return g;
}

function material(uniforms: AuroraUniforms, color: [number, number, number]): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { ...uniforms, uLandColor: { value: color } },
    vertexShader: WORLD_VERTEX,
    fragmentShader: FRAGMENT,
  });
}

/** The grassy bank the viewer sits on (behind and beside them) and the hills across the lake. */
export function Shore({ uniforms }: { uniforms: AuroraUniforms }) {
  const bank = useDisposable(() =>
    createPolarGrid({
      innerRadius: 0.4,
      outerRadius: 80,
      rings: 20,
      segments: 64,
      fillCentre: true,
      height: (x, z) => {
        const d = Math.hypot(x, z);
        // Flat where the viewer sits, sloping gently down under the water in front.
        const front = Math.max(0, -z / Math.max(d, 1e-3));
        return 0.06 - front * Math.max(0, d - 1.8) * 0.12 + (1 - front) * Math.min(d * 0.02, 1.2);
      },
    }),
  );
  const hills = useDisposable(() => hillRing(520, 128));
  const bankMaterial = useDisposable(() => material(uniforms, [0.012, 0.02, 0.018]));
  const hillMaterial = useDisposable(() => material(uniforms, [0.006, 0.01, 0.016]));
  return (
    <>
      <mesh geometry={bank} material={bankMaterial} />
      <mesh geometry={hills} material={hillMaterial} />
    </>
  );
}
