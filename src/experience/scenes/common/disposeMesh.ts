import type { InstancedMesh, Material } from 'three';

/** Disposes an instanced mesh with its geometry and material(s): for useDisposable. */
export function disposable(mesh: InstancedMesh): InstancedMesh & { dispose: () => void } {
  const own = mesh.dispose.bind(mesh);
  mesh.dispose = () => {
    own();
    mesh.geometry.dispose();
    for (const m of ([] as Material[]).concat(mesh.material)) m.dispose();
    return mesh;
  };
  return mesh;
}
