import { ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { GladeUniforms } from './gladeUniforms.ts';
import { GROUND_FRAGMENT, GROUND_VERTEX } from './ground.glsl.ts';
import { createGroundGeometry } from './groundGeometry.ts';

/** The floor of the glade and the wood around it: one mesh, one draw call. */
export function Ground({ uniforms }: { uniforms: GladeUniforms }) {
  const geometry = useDisposable(createGroundGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: GROUND_VERTEX,
        fragmentShader: GROUND_FRAGMENT,
        vertexColors: true,
      }),
  );
  return <mesh geometry={geometry} material={material} />;
}
