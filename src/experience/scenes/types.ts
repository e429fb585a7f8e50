import type { ComponentType } from 'react';
import type { BreathState } from '../../core/breathing/phase.ts';
import type { SceneManifest } from '../../core/schemas/sceneManifest.ts';

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

export type { ComfortRating, SceneManifest } from '../../core/schemas/sceneManifest.ts';

export interface SceneEntry {
  manifest: SceneManifest;
  load: () => Promise<{ default: ComponentType<SceneProps> }>;
}
