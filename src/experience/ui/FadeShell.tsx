import { useFrame } from '@react-three/fiber';
import type { FadeState } from '../session/SessionRunner.tsx';
import { setShellOpacity, useHeadShell } from './headShell.ts';

/** The session's fade in and out (and a recentre's dip to black): drawn last, over everything. */
export function FadeShell({ fade }: { fade: FadeState }) {
  const shell = useHeadShell(0.4, 1000, 1);
  useFrame((state) => {
    setShellOpacity(shell, state.camera, Math.max(1 - fade.visibility, fade.dip));
  });
  return <primitive object={shell} />;
}
