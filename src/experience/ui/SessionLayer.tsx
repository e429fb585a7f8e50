import { Captions3D } from './Captions3D.tsx';
import { LeaveControls } from './LeaveControls.tsx';
import { PauseMenu3D } from './PauseMenu3D.tsx';

/**
 * What appears in the scene only once a session runs: captions and the leave controls. A separate
 * chunk, so the text renderer is not part of the first load of the start screen.
 */
export default function SessionLayer() {
  return (
    <>
      <Captions3D />
      <LeaveControls />
      <PauseMenu3D />
    </>
  );
}
