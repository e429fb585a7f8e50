import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { phaseAt } from '../../core/breathing/phase.ts';
import { PATTERNS } from '../../core/breathing/patterns.ts';
import { elapsedAt, type SessionClock } from '../../core/session/clock.ts';
import { createCueTracker, cueAt, resetCueTracker } from '../../core/session/cues.ts';
import { FADE_OUT_MS, fadeOutDone, visibilityAt } from '../../core/session/fade.ts';
import { extendTimeline } from '../../core/session/extend.ts';
import { lineAt, stepAt, type Timeline } from '../../core/session/timeline.ts';
import type { BreathTones } from '../audio/breathTones.ts';
import { breathTimeMs } from '../hub/groupClock.ts';
import { narrativeTime, stepMeasures } from '../measures/measureGate.ts';
import type { SceneManifest, SessionFrame } from '../scenes/types.ts';
import { logEvent } from './logging.ts';
import {
  effectivePattern,
  requestLeave,
  sessionStore,
  showCaption,
  useSession,
  type SessionConfig,
} from './sessionStore.ts';

/** How visible the scene is (0 black .. 1 clear); written every frame, read by the fade shell. */
export interface FadeState {
  visibility: number;
  /** 0..1 extra darkening for a moment (a recentre dips to black and back). */
  dip: number;
}

export interface SessionRunnerProps {
  config: SessionConfig;
  manifest: SceneManifest;
  frame: SessionFrame;
  fade: FadeState;
  /** null until the resident presses Begin: the scene then idles behind the start screen. */
  clock: SessionClock | null;
  /** The session's narration timeline; null while the scripts load (the session runs anyway). */
  timeline: Timeline | null;
  tones: BreathTones | null;
  /** Called once, when the fade out has finished. */
  onFaded: () => void;
}

/**
 * Drives a session from time alone: every frame it derives elapsed time from the clock, and from
 * that the breath, the caption and the fade. React state changes only when the caption or stage
 * changes (a few times a session), never per frame.
 */
export function SessionRunner({
  config,
  manifest,
  frame,
  fade,
  clock,
  timeline,
  tones,
  onFaded,
}: SessionRunnerProps) {
  // Staff may add time during a session ("+5 min"): the outro moves later.
  const extendedMs = useSession((s) => s.extendedMs);
  const extended = useMemo(
    () => (timeline ? extendTimeline(timeline, extendedMs) : null),
    [timeline, extendedMs],
  );
  const totalMs = extended ? extended.totalMs : config.lengthMin * 60_000 + extendedMs;
  const pattern = PATTERNS[effectivePattern(config, manifest.defaultPattern)];
  const last = useRef({
    cycle: -1,
    index: -1,
    step: '',
    caption: '',
    leavingSinceMs: null as number | null,
    done: false,
    clock: null as SessionClock | null,
    cues: createCueTracker(),
  });

  useFrame((state) => {
    const now = performance.now();
    if (!clock) {
      // Before Begin: the scene breathes gently behind the start screen, with no sound or captions.
      frame.elapsedMs = state.clock.elapsedTime * 1000;
      phaseAt(pattern, frame.elapsedMs, frame.breath);
      fade.visibility = 1;
      return;
    }
    const elapsed = elapsedAt(clock, now);
    frame.elapsedMs = elapsed;
    frame.guideVisible = config.guideVisible;
    // Measures before and after: the narration waits while they are asked (measures/). The guide
    // follows its own time (the group's shared clock in a group session, so everyone breathes in
    // step), and the breathing cues are read from the guide, so they are in step with it too.
    const narrative = narrativeTime(elapsed);
    const { paused } = sessionStore.getState();
    const breathMs = breathTimeMs(elapsed, paused, clock.timeScale);
    const breath = phaseAt(pattern, breathMs, frame.breath);
    const mark = last.current;
    if (mark.clock !== clock) {
      // A new session ("start again"): forget everything about the last one.
      resetCueTracker(mark.cues);
      Object.assign(mark, {
        cycle: -1,
        index: -1,
        step: '',
        caption: '',
        leavingSinceMs: null,
        done: false,
        clock,
      });
    }

    const atEnd = narrative >= totalMs - FADE_OUT_MS;
    const held = stepMeasures(elapsed, atEnd);
    const { stage } = sessionStore.getState();
    if (stage === 'running' && atEnd && !held) requestLeave('completed');
    if (sessionStore.getState().stage === 'leaving' && mark.leavingSinceMs === null) {
      mark.leavingSinceMs = elapsed;
    }

    if (breath.cycle !== mark.cycle || breath.index !== mark.index) {
      mark.cycle = breath.cycle;
      mark.index = breath.index;
      if (mark.leavingSinceMs === null && config.guideVisible && !held) {
        tones?.play(breath.kind, (breath.phaseEndMs - breath.phaseStartMs) / clock.timeScale);
      }
    }

    const cue =
      extended?.cues && config.guideVisible
        ? cueAt(mark.cues, extended.cues, narrative, breathMs, breath, paused)
        : null;
    const caption =
      mark.leavingSinceMs === null && !held && extended
        ? (cue ?? lineAt(extended, narrative)?.ref ?? null)
        : null;
    showCaption(caption);
    // Log what the resident was shown: changes only, a few times a session.
    const { sessionId } = sessionStore.getState();
    const step = held || !extended ? undefined : stepAt(extended, narrative)?.id;
    if (sessionId && step && step !== mark.step) {
      mark.step = step;
      logEvent(sessionId, elapsed, 'phase_changed', { step });
    }
    if (sessionId && caption && caption !== mark.caption) {
      mark.caption = caption;
      logEvent(sessionId, elapsed, 'caption_shown', { key: caption, language: config.language });
    }
    fade.visibility = visibilityAt(elapsed, mark.leavingSinceMs);
    if (!mark.done && fadeOutDone(elapsed, mark.leavingSinceMs)) {
      mark.done = true;
      onFaded();
    }
  }, -1);

  return null;
}
