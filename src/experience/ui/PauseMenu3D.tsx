import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { t } from '../../core/i18n/catalogue.ts';
import { callStaff, pauseByResident, resumeByResident } from '../session/pauseActions.ts';
import { cycleCaptionSize, requestLeave, useSession } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { DwellButton } from './DwellButton.tsx';
import { TextLabel } from './TextLabel.tsx';

/** xr-standard index of the lower face button: A (right) or X (left) on Quest controllers. */
const LOWER_FACE_BUTTON = 4;

/**
 * The pause menu, reachable at any time: the A or X button, or a small "Pause" target low in the
 * view (look at it, or point and pull the trigger). Paused, a row of large choices opens in front
 * of the resident: carry on, leave, text size, call staff.
 */
export function PauseMenu3D() {
  const session = useXR((s) => s.session);
  const paused = useSession((s) => s.paused);
  const lang = useSession((s) => s.config.language);
  const staffCalled = useSession((s) => s.staffCalled);
  const held = useRef(false);
  const menu = useRef<Group>(null);
  const forward = useMemo(() => new Vector3(), []);

  useFrame((state) => {
    if (session) {
      let pressed = false;
      for (const source of session.inputSources) {
        if (source.gamepad?.buttons[LOWER_FACE_BUTTON]?.pressed) pressed = true;
      }
      if (pressed && !held.current) {
        if (paused) resumeByResident();
        else pauseByResident();
      }
      held.current = pressed;
    }
    // Open the menu where the resident is looking (yaw only: the horizon stays level).
    const g = menu.current;
    if (g && !g.userData.placed) {
      state.camera.getWorldDirection(forward);
      g.rotation.set(0, Math.atan2(-forward.x, -forward.z), 0);
      g.userData.placed = true;
    }
  });

  if (!paused) {
    return (
      <DwellButton
        label={t(lang, 'menu.pause')}
        position={[0, SEATED_EYE_HEIGHT - 0.72, -1.2]}
        radius={0.1}
        onSelect={pauseByResident}
        testId="pause-target"
      />
    );
  }
  const y = SEATED_EYE_HEIGHT - 0.1;
  return (
    <group ref={menu}>
      <TextLabel
        text={t(lang, 'menu.paused')}
        fontSize={0.09}
        bold
        position={[0, y + 0.32, -1.5]}
      />
      <DwellButton
        label={t(lang, 'menu.resume')}
        position={[-0.2, y, -1.5]}
        radius={0.16}
        onSelect={resumeByResident}
      />
      <DwellButton
        label={t(lang, 'app.leave')}
        position={[0.2, y, -1.5]}
        radius={0.16}
        onSelect={() => requestLeave('exited_by_resident')}
      />
      <DwellButton
        label={t(lang, 'menu.captions')}
        position={[-0.6, y - 0.05, -1.4]}
        radius={0.14}
        onSelect={cycleCaptionSize}
      />
      <DwellButton
        label={t(lang, 'menu.callStaff')}
        position={[0.6, y - 0.05, -1.4]}
        radius={0.14}
        onSelect={callStaff}
      />
      {staffCalled && (
        <TextLabel
          text={t(lang, 'menu.staffCalled')}
          fontSize={0.06}
          position={[0, y - 0.3, -1.5]}
        />
      )}
    </group>
  );
}
