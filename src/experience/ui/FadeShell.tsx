import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import type { FadeState } from '../session/SessionRunner.tsx';

/**
 * A small black sphere around the head whose opacity is the fade: works the same in 2D and in
 * the headset (no post-processing pass), drawn last and over everything.
 */
export function FadeShell({ fade }: { fade: FadeState }) {
  const mesh = useMemo(() => {
    const m = new Mesh(
      new SphereGeometry(0.4, 16, 12),
      new MeshBasicMaterial({
        color: '#000000',
        side: BackSide,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        opacity: 1,
      }),
    );
    m.renderOrder = 1000;
    m.frustumCulled = false;
    return m;
  }, []);
  useFrame((state) => {
    state.camera.getWorldPosition(mesh.position);
    const material = mesh.material as MeshBasicMaterial;
    material.opacity = Math.max(1 - fade.visibility, fade.dip);
    mesh.visible = material.opacity > 0.001;
  });
  return <primitive object={mesh} />;
}
