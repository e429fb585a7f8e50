import { ShaderMaterial } from 'three';
import { createPolarGrid } from '../common/polarGrid.ts';
import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { AURORA_GLSL, WORLD_VERTEX } from './aurora.glsl.ts';
import type { AuroraUniforms } from './auroraUniforms.ts';

// A still lake: the sky, the lights and the stars mirrored (looked up in the reflected direction),
// gently broken by slow ripples, darker where the eye looks down into the water.
const FRAGMENT = /* glsl */ `
${SKY_GLSL}
${AURORA_GLSL}
varying vec3 vWorld;
void main() {
  vec3 toPoint = vWorld - cameraPosition;
  float dist = length(toPoint);
  vec3 view = toPoint / dist;
  vec2 ripple = vec2(
    sin(vWorld.x * 0.9 + vWorld.z * 0.35 + uTime * 0.6),
    sin(vWorld.z * 1.1 - vWorld.x * 0.4 + uTime * 0.45)
  ) * 0.012 / (1.0 + dist * 0.02);
  vec3 refl = normalize(vec3(view.x + ripple.x, -view.y, view.z + ripple.y));
  float fresnel = 0.08 + 0.92 * pow(1.0 - max(-view.y, 0.0), 5.0);
  vec3 mirrored = skyColor(refl) + auroraColor(refl) * 0.55 + starColor(refl) * 0.5;
  vec3 deep = vec3(0.01, 0.018, 0.04);
  vec3 col = mix(deep, mirrored, fresnel);
  col = mix(col, hazeColor(view, 0.0), hazeAmount(dist) * 0.5);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;

/** The lake in front of the viewer, out to the far shore. */
export function Lake({ uniforms }: { uniforms: AuroraUniforms }) {
  const geometry = useDisposable(() =>
    createPolarGrid({
      innerRadius: 2.2,
      outerRadius: 700,
      rings: 48,
      segments: 96,
      startAngle: -Math.PI * 0.62,
      endAngle: Math.PI * 0.62,
    }),
  );
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: WORLD_VERTEX,
        fragmentShader: FRAGMENT,
      }),
  );
  return <mesh geometry={geometry} material={material} />;
}
