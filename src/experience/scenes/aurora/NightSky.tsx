import { BackSide, ShaderMaterial, SphereGeometry } from 'three';
import { GRADIENT_SKY_VERTEX } from '../common/gradientSky.glsl.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { NIGHT_SKY_FRAGMENT } from './nightSky.glsl.ts';
import type { NightUniforms } from './nightUniforms.ts';

/** Radius of the dome: inside the camera's far plane, beyond the stars and the far hills. */
export const SKY_RADIUS_M = 900;

/**
 * The whole sky in one draw call: the night gradient, the crescent moon, the Milky Way and the
 * northern lights. Drawn first and writes no depth, so everything else simply draws over it.
 */
export function NightSky({ uniforms }: { uniforms: NightUniforms }) {
  const geometry = useDisposable(() => new SphereGeometry(SKY_RADIUS_M, 48, 32));
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: GRADIENT_SKY_VERTEX,
        fragmentShader: NIGHT_SKY_FRAGMENT,
        side: BackSide,
        depthWrite: false,
        dithering: true,
      }),
  );
  return <mesh geometry={geometry} material={material} renderOrder={-1000} frustumCulled={false} />;
}
