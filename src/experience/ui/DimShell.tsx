import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import { DIM_LEVELS } from '../../core/comfort/deviceSettings.ts';
import { sessionStore } from '../session/sessionStore.ts';

/** While paused the scene rests a little darker behind the menu. */
const PAUSED_DIM = 0.3;
/** Seconds for a dim change to settle: gentle, never a flash. */
const EASE_S = 1.2;

/**
 * Darkens the scene, gently, without touching captions or menus: a sphere round the head drawn
 * after the scene (render order 8) and before the caption panel (9) and text (10).
 */
export function DimShell() {
  const mesh = useMemo(() => {
    const m = new Mesh(
      new SphereGeometry(0.5, 16, 12),
      new MeshBasicMaterial({
        color: '#000000',
        side: BackSide,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        opacity: 0,
      }),
    );
    m.renderOrder = 8;
    m.frustumCulled = false;
    m.visible = false;
    return m;
  }, []);

  useFrame((state, delta) => {
    const { dim, paused } = sessionStore.getState();
    const target = Math.max(DIM_LEVELS[dim], paused ? PAUSED_DIM : 0);
    const material = mesh.material as MeshBasicMaterial;
    const k = Math.min(1, delta / EASE_S) * 3;
    material.opacity += (target - material.opacity) * Math.min(1, k);
    if (Math.abs(target - material.opacity) < 0.002) material.opacity = target;
    mesh.visible = material.opacity > 0.002;
    state.camera.getWorldPosition(mesh.position);
  });
  return <primitive object={mesh} />;
}
