import { BackSide, ShaderMaterial, SphereGeometry } from 'three';
import { GRADIENT_SKY_FRAGMENT, GRADIENT_SKY_VERTEX } from './gradientSky.glsl.ts';
import type { SkyUniforms } from './skyUniforms.ts';
import { useDisposable } from './useDisposable.ts';

export interface GradientSkyProps {
  /** From createSkyUniforms; share the same object with the scene's water and haze. */
  uniforms: SkyUniforms;
  /** Inside the camera's far plane (2000 m) and beyond everything else in the scene. */
  radius?: number;
}

/**
 * The whole sky in one draw call: a back-faced sphere with a gradient, a sun (or moon) disc and
 * its glow. Drawn first and writes no depth, so everything else simply draws over it.
 */
export function GradientSky({ uniforms, radius = 900 }: GradientSkyProps) {
  const geometry = useDisposable(() => new SphereGeometry(radius, 48, 32));
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: GRADIENT_SKY_VERTEX,
        fragmentShader: GRADIENT_SKY_FRAGMENT,
        side: BackSide,
        depthWrite: false,
        dithering: true,
      }),
  );
  return <mesh geometry={geometry} material={material} renderOrder={-1000} frustumCulled={false} />;
}
