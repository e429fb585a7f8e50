import { useEffect, useState } from 'react';
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry, type Object3D } from 'three';

export type HeadShell = Mesh<SphereGeometry, MeshBasicMaterial>;

/**
 * A small black sphere round the head, seen from inside: darkening the view with it works the
 * same in 2D and in the headset (no post-processing pass). `renderOrder` places it among the
 * scene, the captions and the menus; it ignores depth, so nothing in the scene pokes through.
 */
export function useHeadShell(radius: number, renderOrder: number, opacity: number): HeadShell {
  // Made once; the opacity changes per frame through setShellOpacity.
  const [mesh] = useState(() => {
    const m = new Mesh(
      new SphereGeometry(radius, 16, 12),
      new MeshBasicMaterial({
        color: '#000000',
        side: BackSide,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        opacity,
      }),
    );
    m.renderOrder = renderOrder;
    m.frustumCulled = false;
    m.visible = opacity > 0.001;
    return m;
  });
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      mesh.material.dispose();
    },
    [mesh],
  );
  return mesh;
}

/** Per frame: keeps the shell on the head and sets how dark it is (hidden when clear). */
export function setShellOpacity(shell: HeadShell, camera: Object3D, opacity: number): void {
  camera.getWorldPosition(shell.position);
  shell.material.opacity = opacity;
  shell.visible = opacity > 0.001;
}
