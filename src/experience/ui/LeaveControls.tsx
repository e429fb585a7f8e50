import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useRef } from 'react';
import { t } from '../../core/i18n/catalogue.ts';
import { requestLeave, useSession } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { DwellButton } from './DwellButton.tsx';

function leave(): void {
  requestLeave('exited_by_resident');
}

/** xr-standard gamepad index of the upper face button: B (right) or Y (left) on Quest controllers. */
const UPPER_FACE_BUTTON = 5;

/**
 * In the headset the resident can leave at any moment: the B or Y button on either controller, or
 * a large round "Leave" target low on the left (trigger, pinch, or looking at it). Buttons are read straight
 * from the session's gamepads, so they work even when controller models could not be loaded.
 */
export function LeaveControls() {
  const session = useXR((s) => s.session);
  const paused = useSession((s) => s.paused);
  const held = useRef(false);
  useFrame(() => {
    if (!session) return;
    let pressed = false;
    for (const source of session.inputSources) {
      if (source.gamepad?.buttons[UPPER_FACE_BUTTON]?.pressed) pressed = true;
    }
    // Act on the press, once, not on every frame it is held.
    if (pressed && !held.current) leave();
    held.current = pressed;
  });
  // While paused, Leave is one of the menu's choices instead.
  return session && !paused ? <LeaveTarget /> : null;
}

/**
 * Low on the left, level with the Pause target's row and clear of the caption panel (2.2 m out,
 * 0.5 m below the eye) even with extra-large captions: about 33° left and 25° down.
 */
const LEAVE_TARGET: [number, number, number] = [-0.85, SEATED_EYE_HEIGHT - 0.72, -1.3];

function LeaveTarget() {
  const lang = useSession((s) => s.config.language);
  return (
    <DwellButton
      label={t(lang, 'app.leave')}
      position={LEAVE_TARGET}
      radius={0.16}
      onSelect={leave}
      testId="leave-target"
    />
  );
}
