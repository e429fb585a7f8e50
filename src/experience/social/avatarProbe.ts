import { createSpeakingState, type SpeakingState } from '../../core/social/speaking.ts';
import { MAX_SEATS } from '../../core/social/seats.ts';

/** Where a person's head is before their first pose arrives (seated, looking at the centre). */
export const REST_HEAD = [0, 1.15, 0.05] as const;
/** Hands that are not tracked (a 2D guest, controllers put down) rest in the lap. */
export const REST_LEFT = [-0.17, 0.62, -0.22] as const;
export const REST_RIGHT = [0.17, 0.62, -0.22] as const;

/**
 * What each drawn avatar shows this frame, per seat: where its head and hands are (in that
 * seat's own space, as the meshes are placed) and its speaking light. The avatars write these
 * every frame in place (no allocation); the test builds read them (window.__hafanSocial.avatars),
 * so the browser tests check exactly what is drawn.
 */
export interface AvatarFrame {
  memberId: string;
  head: Float32Array;
  left: Float32Array;
  right: Float32Array;
  leftTracked: boolean;
  rightTracked: boolean;
  /** The level heard on their received audio (0..1), before a mute is applied. */
  heard: number;
  speech: SpeakingState;
}

export function createAvatarFrame(memberId: string): AvatarFrame {
  return {
    memberId,
    head: new Float32Array(3),
    left: new Float32Array(3),
    right: new Float32Array(3),
    leftTracked: false,
    rightTracked: false,
    heard: 0,
    speech: createSpeakingState(),
  };
}

export const avatarFrames: (AvatarFrame | null)[] = Array.from(
  { length: MAX_SEATS + 1 },
  () => null,
);
