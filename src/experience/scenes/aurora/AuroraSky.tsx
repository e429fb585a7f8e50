import { AdditiveBlending, BackSide, ShaderMaterial, SphereGeometry } from 'three';
import { GRADIENT_SKY_VERTEX } from '../common/gradientSky.glsl.ts';
import { OUTPUT_GLSL } from '../common/sky.glsl.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { AURORA_GLSL } from './aurora.glsl.ts';
import type { AuroraUniforms } from './auroraUniforms.ts';

const FRAGMENT = /* glsl */ `
${AURORA_GLSL}
varying vec3 vDir;
void main() {
  vec3 dir = normalize(vDir);
  gl_FragColor = vec4(auroraColor(dir) + starColor(dir), 1.0);
  ${OUTPUT_GLSL}
}
`;

/** Stars and the northern lights, added over the night gradient in one draw call. */
export function AuroraSky({ uniforms }: { uniforms: AuroraUniforms }) {
  const geometry = useDisposable(() => new SphereGeometry(850, 48, 24));
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { uTime: uniforms.uTime, uAurora: uniforms.uAurora },
        vertexShader: GRADIENT_SKY_VERTEX,
        fragmentShader: FRAGMENT,
        side: BackSide,
        depthWrite: false,
        transparent: true,
        blending: AdditiveBlending,
      }),
  );
  return <mesh geometry={geometry} material={material} renderOrder={-999} frustumCulled={false} />;
}
