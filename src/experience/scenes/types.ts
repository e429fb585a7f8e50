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

/**
 * A shared social scene (up to eight people): no narration script or console thumbnail, but a
 * layout of seats and shared moments.
 */
export type SocialSceneManifest = Omit<SceneManifest, 'narration' | 'thumbnail'> & {
  social: SocialLayout;
};

/** Either kind of manifest; `social` tells them apart. */
export type AnyManifest = (SceneManifest & { social?: undefined }) | SocialSceneManifest;

export interface SceneEntry<M extends AnyManifest = SceneManifest> {
  manifest: M;
  load: () => Promise<{ default: ComponentType<SceneProps> }>;
}
