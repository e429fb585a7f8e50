import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useMemo, useRef, useState } from 'react';
import { Mesh, MeshBasicMaterial, CircleGeometry } from 'three';
import { t } from '../../core/i18n/catalogue.ts';
import { requestLeave, useSession } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { TextLabel } from './TextLabel.tsx';

function leave(): void {
  requestLeave('exited_by_resident');
}

/** xr-standard gamepad index of the upper face button: B (right) or Y (left) on Quest controllers. */
const UPPER_FACE_BUTTON = 5;

/**
 * In the headset the resident can leave at any moment: the B or Y button on either controller, or
 * a large round "Leave" target low on the left (trigger or pinch on it). Buttons are read straight
 * from the session's gamepads, so they work even when controller models could not be loaded.
 */
export function LeaveControls() {
  const session = useXR((s) => s.session);
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
  return session ? <LeaveTarget /> : null;
}

function LeaveTarget() {
  const lang = useSession((s) => s.config.language);
  const [hover, setHover] = useState(false);
  const disc = useMemo(() => {
    const m = new Mesh(
      new CircleGeometry(0.16, 40),
      new MeshBasicMaterial({ color: '#22384d', transparent: true, opacity: 0.75 }),
    );
    m.renderOrder = 9;
    return m;
  }, []);
  (disc.material as MeshBasicMaterial).color.set(hover ? '#3a6285' : '#22384d');
  return (
    <group position={[-0.75, SEATED_EYE_HEIGHT - 0.55, -1.5]} rotation={[-0.25, 0.45, 0]}>
      <primitive
        object={disc}
        onClick={leave}
        onPointerEnter={() => setHover(true)}
        onPointerLeave={() => setHover(false)}
      />
      <TextLabel text={t(lang, 'app.leave')} fontSize={0.07} bold position={[0, 0, 0.01]} />
    </group>
  );
}
