import type { AvatarColour } from '../../core/social/room.ts';

/** Soft, distinct colours for avatars and lanterns (each readable on sand, lawn and dusk sky). */
export const AVATAR_HEX: Record<AvatarColour, string> = {
  rose: '#e98f9d',
  amber: '#efa560',
  sunflower: '#f0cd5a',
  sage: '#98c294',
  teal: '#5db3ae',
  sky: '#7fb0e6',
  lavender: '#b59be0',
  plum: '#b06c9c',
};
