import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { Group } from 'three';
import { SEATED_EYE_HEIGHT, viewpoint } from '../xr/comfort.ts';
import { Captions3D } from './Captions3D.tsx';
import { DimShell } from './DimShell.tsx';
import { LeaveControls } from './LeaveControls.tsx';
import { PauseMenu3D } from './PauseMenu3D.tsx';

/**
 * What appears in the scene only once a session runs: captions, the leave and pause controls and
 * the dim shell. A separate chunk, so the text renderer is not part of the first load. The UI is
 * laid out for a seated viewpoint and lifted to the resident's real eye height when standing.
 */
export default function SessionLayer() {
  const ui = useRef<Group>(null);
  useFrame(() => {
    if (ui.current) ui.current.position.y = viewpoint.eyeY - SEATED_EYE_HEIGHT;
  });
  return (
    <>
      <DimShell />
      <group ref={ui}>
        <Captions3D />
        <LeaveControls />
        <PauseMenu3D />
      </group>
    </>
  );
}
