import { useState } from 'react';
import { DoubleSide, ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import { createForest } from './forest.ts';
import type { GladeUniforms } from './gladeUniforms.ts';
import { createInstancedMesh } from './instances.ts';
import { createLeafClumpGeometry, createTrunkGeometry } from './treeGeometry.ts';
import { HAZED_FRAGMENT, LEAVES_VERTEX, TRUNK_VERTEX } from './trees.glsl.ts';

/** The wood round the clearing: every trunk in one draw call, every clump of leaves in another. */
export function Trees({ uniforms }: { uniforms: GladeUniforms }) {
  const [forest] = useState(createForest);
  const trunkGeometry = useDisposable(createTrunkGeometry);
  const leafGeometry = useDisposable(createLeafClumpGeometry);
  const trunkMaterial = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: TRUNK_VERTEX,
        fragmentShader: HAZED_FRAGMENT,
      }),
  );
  const leafMaterial = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: LEAVES_VERTEX,
        fragmentShader: HAZED_FRAGMENT,
        vertexColors: true,
        side: DoubleSide,
      }),
  );
  const trunks = useDisposable(() =>
    createInstancedMesh(trunkGeometry, trunkMaterial, forest.trunks),
  );
  const leaves = useDisposable(() =>
    createInstancedMesh(leafGeometry, leafMaterial, forest.canopy),
  );
  return (
    <>
      <primitive object={trunks} />
      <primitive object={leaves} />
    </>
  );
}
