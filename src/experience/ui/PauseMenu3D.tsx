import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Vector3, type Group } from 'three';
import { VOLUME_CHANNELS, type VolumeChannel } from '../../core/comfort/deviceSettings.ts';
import { t, type Lang, type MessageKey } from '../../core/i18n/catalogue.ts';
import { callStaff, pauseByResident, resumeByResident } from '../session/pauseActions.ts';
import {
  cycleCaptionSize,
  cycleDim,
  requestLeave,
  requestRecentre,
  stepChannelVolume,
  switchLanguage,
  useSession,
} from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { DwellButton } from './DwellButton.tsx';
import { TextLabel } from './TextLabel.tsx';

/** xr-standard index of the lower face button: A (right) or X (left) on Quest controllers. */
const LOWER_FACE_BUTTON = 4;

const CHANNEL_LABEL: Record<VolumeChannel, MessageKey> = {
  narration: 'menu.voice',
  ambience: 'menu.sounds',
  tones: 'menu.tones',
};

const Y = SEATED_EYE_HEIGHT - 0.1;
const Z = -1.5;

/**
 * The pause menu, reachable at any time: the A or X button, or a small "Pause" target low in the
 * view (look at it, or point and pull the trigger or pinch). Paused, large choices open in front
 * of the resident: carry on, leave, text size, call staff, recentre, volume, dim and language.
 * Volume opens its own page (louder and quieter for voice, sounds and tones).
 */
export function PauseMenu3D() {
  const session = useXR((s) => s.session);
  const paused = useSession((s) => s.paused);
  const lang = useSession((s) => s.config.language);
  const [page, setPage] = useState<'main' | 'volume'>('main');
  const held = useRef(false);
  const menu = useRef<Group>(null);
  const forward = useMemo(() => new Vector3(), []);
  // Every pause opens on the main page.
  useEffect(() => {
    if (!paused) setPage('main');
  }, [paused]);

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

  // On a flat screen the page's own Pause button and menu do this; a second one in the scene
  // would only be in the way.
  if (!session) return null;
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
  return (
    <group ref={menu}>
      {page === 'main' ? (
        <MainPage lang={lang} onVolume={() => setPage('volume')} />
      ) : (
        <VolumePage lang={lang} onBack={() => setPage('main')} />
      )}
    </group>
  );
}

function MainPage({ lang, onVolume }: { lang: Lang; onVolume: () => void }) {
  const staffCalled = useSession((s) => s.staffCalled);
  const other: Lang = lang === 'en' ? 'cy' : 'en';
  const row2 = Y - 0.4;
  return (
    <>
      <TextLabel text={t(lang, 'menu.paused')} fontSize={0.09} bold position={[0, Y + 0.3, Z]} />
      <DwellButton
        label={t(lang, 'menu.resume')}
        position={[-0.2, Y, Z]}
        radius={0.16}
        onSelect={resumeByResident}
        testId="menu-resume"
      />
      <DwellButton
        label={t(lang, 'app.leave')}
        position={[0.2, Y, Z]}
        radius={0.16}
        onSelect={() => requestLeave('exited_by_resident')}
        testId="menu-leave"
      />
      <DwellButton
        label={t(lang, 'menu.captions')}
        position={[-0.6, Y - 0.05, Z + 0.1]}
        radius={0.14}
        onSelect={cycleCaptionSize}
        testId="menu-captions"
      />
      <DwellButton
        label={t(lang, 'menu.callStaff')}
        position={[0.6, Y - 0.05, Z + 0.1]}
        radius={0.14}
        onSelect={callStaff}
        testId="menu-call-staff"
      />
      <DwellButton
        label={t(lang, 'menu.recentre')}
        position={[-0.51, row2, Z]}
        radius={0.15}
        onSelect={requestRecentre}
        testId="menu-recentre"
      />
      <DwellButton
        label={t(lang, 'menu.volume')}
        position={[-0.17, row2, Z]}
        radius={0.15}
        onSelect={onVolume}
        testId="menu-volume"
      />
      <DwellButton
        label={t(lang, 'menu.dim')}
        position={[0.17, row2, Z]}
        radius={0.15}
        onSelect={cycleDim}
        testId="menu-dim"
      />
      <DwellButton
        label={t(other, `lang.${other}`)}
        position={[0.51, row2, Z]}
        radius={0.15}
        onSelect={() => switchLanguage(other)}
        testId="menu-language"
      />
      {staffCalled && (
        <TextLabel
          text={t(lang, 'menu.staffCalled')}
          fontSize={0.06}
          position={[0, row2 - 0.26, Z]}
        />
      )}
    </>
  );
}

function VolumePage({ lang, onBack }: { lang: Lang; onBack: () => void }) {
  const volume = useSession((s) => s.volume);
  return (
    <>
      <TextLabel text={t(lang, 'menu.volume')} fontSize={0.09} bold position={[0, Y + 0.34, Z]} />
      {VOLUME_CHANNELS.map((channel, i) => {
        const x = (i - 1) * 0.46;
        return (
          <group key={channel}>
            <TextLabel
              text={t(lang, CHANNEL_LABEL[channel])}
              fontSize={0.06}
              bold
              position={[x, Y + 0.22, Z]}
            />
            <DwellButton
              label={t(lang, 'menu.louder')}
              position={[x, Y + 0.04, Z]}
              radius={0.125}
              onSelect={() => stepChannelVolume(channel, 1)}
              testId={`volume-${channel}-up`}
            />
            <TextLabel
              text={t(lang, 'menu.level', { n: Math.round(volume[channel] * 100) })}
              fontSize={0.055}
              position={[x, Y - 0.11, Z]}
            />
            <DwellButton
              label={t(lang, 'menu.quieter')}
              position={[x, Y - 0.26, Z]}
              radius={0.125}
              onSelect={() => stepChannelVolume(channel, -1)}
              testId={`volume-${channel}-down`}
            />
          </group>
        );
      })}
      <DwellButton
        label={t(lang, 'menu.back')}
        position={[0, Y - 0.54, Z]}
        radius={0.125}
        onSelect={onBack}
        testId="volume-back"
      />
    </>
  );
}
