import { ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { BeachUniforms } from './beachUniforms.ts';
import { LAND_FRAGMENT, LAND_VERTEX } from './land.glsl.ts';
import { createLandGeometry } from './landGeometry.ts';

/** Sand, dunes and headlands: one mesh, one draw call. */
export function Land({ uniforms }: { uniforms: BeachUniforms }) {
  const geometry = useDisposable(createLandGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: LAND_VERTEX,
        fragmentShader: LAND_FRAGMENT,
        vertexColors: true,
      }),
  );
  return <mesh geometry={geometry} material={material} />;
}
