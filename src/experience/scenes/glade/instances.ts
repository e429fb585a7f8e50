import { InstancedMesh } from 'three';
import type { BufferGeometry, Material } from 'three';
import type { Instances } from './forest.ts';

/** An InstancedMesh holding fixed transforms and colours (set once, never per frame). */
export function createInstancedMesh(
  geometry: BufferGeometry,
  material: Material,
  instances: Instances,
): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, instances.matrices.length);
  instances.matrices.forEach((m, i) => mesh.setMatrixAt(i, m));
  instances.colors.forEach((c, i) => mesh.setColorAt(i, c));
  // Instances surround the viewer on every side: culling the whole mesh would never happen.
  mesh.frustumCulled = false;
  return mesh;
}
