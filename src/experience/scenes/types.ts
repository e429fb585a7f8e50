import type { ComponentType } from 'react';
import type { BreathState } from '../../core/breathing/phase.ts';
import type { PatternId } from '../../core/breathing/patterns.ts';
import type { AmbienceKind } from '../audio/ambience.ts';
import type { MessageKey } from '../../core/i18n/catalogue.ts';
import type { NarrationScript } from '../../core/session/timeline.ts';

/**
 * Per-frame values a scene reads. One mutable object, rewritten by the session runner at the start
 * of every frame (useFrame priority -1) and read by scenes in their own useFrame: never React state.
 */
export interface SessionFrame {
  /** Session time in ms (scaled in test mode; frozen in previews). */
  elapsedMs: number;
  /** The breath at elapsedMs; `fill` 0..1 is how full the lungs are. */
  breath: BreathState;
  /** Whether the guide is shown (a resident may choose "just listen"). */
  guideVisible: boolean;
}

export interface SceneProps {
  frame: SessionFrame;
}

export type ComfortRating = 'seated-still' | 'seated-gentle-motion';

/** Where people sit and where shared moments happen in a social scene (metres, room space). */
export interface SocialLayout {
  /** Distance from the centre (table or fire) to each of the eight seats, which face it. */
  seatRadius: number;
  /** Height of the seat surface: avatars sit on it. */
  seatHeight: number;
  /** Height of the shared breathing light above the centre. */
  breathingLightHeight: number;
  /** Where released lanterns are set on the water, and the way they drift (unit vector). */
  lanternStart: readonly [number, number];
  lanternDrift: readonly [number, number];
}

/** Pure data about a scene: the console reads it without loading any three.js. */
export interface SceneManifest {
  id: string;
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  comfort: ComfortRating;
  comfortNotes: string;
  defaultPattern: PatternId;
  narration: NarrationScript;
  /** The procedural sound bed played under the narration. */
  ambience: AmbienceKind;
  /** Sky colour at the horizon: used for fog, the loading screen and fades. */
  horizonColor: string;
  /** Set for a shared social scene (up to eight people); absent for a relaxation scene. */
  social?: SocialLayout;
}

export interface SceneEntry {
  manifest: SceneManifest;
  load: () => Promise<{ default: ComponentType<SceneProps> }>;
}
