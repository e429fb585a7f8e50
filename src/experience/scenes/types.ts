import type { ComponentType } from 'react';
import type { BreathState } from '../../core/breathing/phase.ts';
import type { PatternId } from '../../core/breathing/patterns.ts';
import type { AmbienceKind } from '../audio/ambience.ts';
import type { MessageKey } from '../../core/i18n/catalogue.ts';
import type { SceneScriptId } from '../../core/narration/ids.ts';

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

/** Pure data about a scene: the console reads it without loading any three.js. */
export interface SceneManifest {
  id: string;
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  comfort: ComfortRating;
  comfortNotes: string;
  defaultPattern: PatternId;
  /** The scene's narration script (assets/narration/<lang>/<id>.json). */
  narration: SceneScriptId;
  /** The procedural sound bed played under the narration. */
  ambience: AmbienceKind;
  /** Sky colour at the horizon: used for fog, the loading screen and fades. */
  horizonColor: string;
}

export interface SceneEntry {
  manifest: SceneManifest;
  load: () => Promise<{ default: ComponentType<SceneProps> }>;
}
