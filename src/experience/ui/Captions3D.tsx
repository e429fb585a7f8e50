import { useFrame } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Group } from 'three';
import { Vector3 } from 'three';
import { CY_REVIEWED, t } from '../../core/i18n/catalogue.ts';
import { captionText } from '../session/narrationLoader.ts';
import { useSession, type CaptionSize } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { createCaptionPanel, fitCaptionPanel, setCaptionPanelOpacity } from './captionPanel.ts';
import { TextLabel } from './TextLabel.tsx';

const DISTANCE_M = 2.2;
/** Caption sizes a resident can choose from the pause menu. */
const CAPTION_SCALE: Record<CaptionSize, number> = { small: 0.8, large: 1, extra_large: 1.3 };
const HEIGHT_BELOW_EYE_M = 0.5;
/** The panel turns to follow the head only when it drifts this far out of view. */
const FOLLOW_AFTER_RAD = 0.6;
const FOLLOW_RATE = 1.5;
const PANEL_OPACITY = 0.55;
/** Seconds for a caption to fade in or out. */
const FADE_S = 0.3;

/**
 * Captions on a soft dark panel in front of and below the breathing guide, fitted round the
 * words and shown only once they are laid out (never an empty box). World-locked for comfort;
 * it lazily turns to follow the resident's gaze when they look well away.
 */
export function Captions3D() {
  const ref = useSession((s) => s.captionRef);
  const lang = useSession((s) => s.config.language);
  const size = useSession((s) => s.captionSize);
  const paused = useSession((s) => s.paused);
  const group = useRef<Group>(null);
  const board = useRef<Group>(null);
  const yaw = useRef(0);
  /** 0..1: captions fade in and out rather than pop. */
  const level = useRef(0);
  // The last line stays written while it fades out.
  const lastRef = useRef(ref);
  if (ref) lastRef.current = ref;
  const showing = ref !== null && !paused;
  const forward = useMemo(() => new Vector3(), []);
  const panel = useMemo(() => createCaptionPanel('#14202c'), []);
  useEffect(
    () => () => {
      panel.geometry.dispose();
      panel.material.dispose();
    },
    [panel],
  );
  /** The text on the board is laid out (fonts and narration loaded): the panel may show. */
  const laidOut = useRef(false);
  const onSync = useCallback(
    (bounds: readonly number[] | undefined) => {
      laidOut.current = bounds !== undefined && fitCaptionPanel(panel, bounds);
    },
    [panel],
  );

  useFrame((state, delta) => {
    const g = group.current;
    if (!g) return;
    state.camera.getWorldDirection(forward);
    const headYaw = Math.atan2(-forward.x, -forward.z);
    let diff = headYaw - yaw.current;
    diff = Math.atan2(Math.sin(diff), Math.cos(diff));
    if (Math.abs(diff) > FOLLOW_AFTER_RAD) yaw.current += diff * Math.min(1, delta * FOLLOW_RATE);
    g.rotation.y = yaw.current;
    const target = showing && laidOut.current ? 1 : 0;
    if (level.current !== target) {
      const step = delta / FADE_S;
      level.current =
        target > level.current
          ? Math.min(target, level.current + step)
          : Math.max(target, level.current - step);
      setCaptionPanelOpacity(panel, PANEL_OPACITY * level.current);
      board.current?.traverse((o) => {
        if ('fillOpacity' in o)
          (o as unknown as { fillOpacity: number }).fillOpacity = level.current;
      });
    }
    if (board.current) board.current.visible = level.current > 0;
  });

  return (
    <group ref={group}>
      <group
        ref={board}
        position={[0, SEATED_EYE_HEIGHT - HEIGHT_BELOW_EYE_M, -DISTANCE_M]}
        visible={false}
        scale={CAPTION_SCALE[size]}
      >
        <primitive object={panel} />
        <TextLabel
          text={lastRef.current ? captionText(lang, lastRef.current) : ''}
          fontSize={0.095}
          maxWidth={1.95}
          position={[0, 0, 0.005]}
          overlay
          onSync={onSync}
        />
        {lang === 'cy' && !CY_REVIEWED && (
          <TextLabel
            text={t(lang, 'app.draft')}
            fontSize={0.045}
            color="#f5d9bd"
            position={[0.82, -0.21, 0.005]}
            overlay
          />
        )}
      </group>
    </group>
  );
}
