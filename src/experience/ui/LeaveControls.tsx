import { useXR, useXRControllerButtonEvent, useXRInputSourceState } from '@react-three/xr';
import { useCallback, useMemo, useState } from 'react';
import { Mesh, MeshBasicMaterial, CircleGeometry } from 'three';
import { t } from '../../core/i18n/catalogue.ts';
import { requestLeave, useSession } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { TextLabel } from './TextLabel.tsx';

function leave(): void {
  requestLeave('exited_by_resident');
}

/**
 * In the headset the resident can leave at any moment: the B or Y button on either controller, or
 * a large round "Leave" target low on the left (trigger or pinch on it).
 */
export function LeaveControls() {
  const right = useXRInputSourceState('controller', 'right');
  const left = useXRInputSourceState('controller', 'left');
  const onButton = useCallback((state: string) => {
    if (state === 'pressed') leave();
  }, []);
  useXRControllerButtonEvent(right, 'b-button', onButton);
  useXRControllerButtonEvent(left, 'y-button', onButton);
  const presenting = useXR((s) => s.session != null);
  return presenting ? <LeaveTarget /> : null;
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
