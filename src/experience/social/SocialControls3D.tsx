import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useRef } from 'react';
import { t, type Lang } from '../../core/i18n/catalogue.ts';
import { DwellButton } from '../ui/DwellButton.tsx';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import type { SocialClient } from './socialClient.ts';
import { myMember, useSocial } from './socialStore.ts';

/** xr-standard gamepad index of the upper face button: B (right) or Y (left), as in a session. */
const UPPER_FACE_BUTTON = 5;
/** Low and to the sides, below the circle of faces, so talking to someone never chooses one. */
const TARGET_Y = SEATED_EYE_HEIGHT - 0.6;
export const MUTE_TARGET: [number, number, number] = [0.75, TARGET_Y, -1.5];
export const LEAVE_TARGET: [number, number, number] = [-0.75, TARGET_Y, -1.5];
export const LANTERN_TARGET: [number, number, number] = [0, SEATED_EYE_HEIGHT - 0.8, -1.4];

/**
 * In the headset, the room's own choices as round targets like the pause menu's (trigger, hand
 * pinch, or looking at one for 1.5 s): mute or unmute my microphone, release my lantern while
 * the lanterns are out, and leave (also the B or Y button). Staff mutes hide the mute target.
 */
export function SocialControls3D({
  lang,
  client,
  onLeave,
}: {
  lang: Lang;
  client: SocialClient;
  onLeave: () => void;
}) {
  const session = useXR((s) => s.session);
  const phase = useSocial((s) => s.phase);
  const me = useSocial(myMember);
  const lanterns = useSocial((s) => s.room?.activity?.kind === 'lanterns');
  const released = useSocial((s) => !!s.me && !!s.room?.lanterns.includes(s.me));
  const held = useRef(false);
  const leave = useRef(onLeave);
  leave.current = onLeave;

  useFrame(() => {
    if (!session) return;
    let pressed = false;
    for (const source of session.inputSources) {
      if (source.gamepad?.buttons[UPPER_FACE_BUTTON]?.pressed) pressed = true;
    }
    if (pressed && !held.current) leave.current();
    held.current = pressed;
  });

  if (!session || phase !== 'seated' || !me) return null;
  const selfMuted = me.muted && !me.mutedByStaff;
  return (
    <>
      {!me.mutedByStaff && (
        <DwellButton
          // one target whose label changes: a gaze still held on it cannot toggle it back
          label={t(lang, selfMuted ? 'social.vr.unmute' : 'social.vr.mute')}
          position={MUTE_TARGET}
          radius={0.15}
          onSelect={() => client.send({ t: 'cmd', cmd: { type: 'self_mute', muted: !selfMuted } })}
          testId={selfMuted ? 'unmute-target' : 'mute-target'}
        />
      )}
      {lanterns && !released && (
        <DwellButton
          label={t(lang, 'social.vr.lantern')}
          position={LANTERN_TARGET}
          radius={0.15}
          onSelect={() => client.send({ t: 'cmd', cmd: { type: 'release_lantern' } })}
          testId="lantern-target"
        />
      )}
      <DwellButton
        label={t(lang, 'social.leave')}
        position={LEAVE_TARGET}
        radius={0.15}
        onSelect={() => leave.current()}
        testId="social-leave-target"
      />
    </>
  );
}
