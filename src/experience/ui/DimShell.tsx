import { useFrame } from '@react-three/fiber';
import { DIM_LEVELS } from '../../core/comfort/deviceSettings.ts';
import { sessionStore } from '../session/sessionStore.ts';
import { setShellOpacity, useHeadShell } from './headShell.ts';

/** While paused the scene rests a little darker behind the menu. */
const PAUSED_DIM = 0.3;
/** Seconds for a dim change to settle: gentle, never a flash. */
const EASE_S = 1.2;

/**
 * Darkens the scene, gently, without touching captions or menus: drawn after the scene (render
 * order 8) and before the caption panel (9) and text (10).
 */
export function DimShell() {
  const shell = useHeadShell(0.5, 8, 0);
  useFrame((state, delta) => {
    const { dim, paused } = sessionStore.getState();
    const target = Math.max(DIM_LEVELS[dim], paused ? PAUSED_DIM : 0);
    const now = shell.material.opacity;
    const k = Math.min(1, (delta / EASE_S) * 3);
    const next = Math.abs(target - now) < 0.002 ? target : now + (target - now) * k;
    setShellOpacity(shell, state.camera, next);
  });
  return <primitive object={shell} />;
}
