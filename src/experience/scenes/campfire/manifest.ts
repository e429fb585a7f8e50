import type { SocialSceneManifest } from '../types.ts';

/** A social scene: up to eight people round a fire on the sand as the sun goes down. */
export const campfireManifest: SocialSceneManifest = {
  id: 'campfire',
  titleKey: 'scene.campfire.title',
  descriptionKey: 'scene.campfire.description',
  comfort: 'seated-still',
  comfortNotes:
    'Seated, no motion. A small fire flickers slowly (no flashes); the sea is calm; dusk light.',
  defaultPattern: 'coherent',
  ambience: 'sea',
  horizonColor: '#c98a7d',
  social: {
    seatRadius: 1.75,
    seatHeight: 0.42,
    breathingLightHeight: 1.35,
    lanternStart: [0, -9.5],
    lanternDrift: [0, -1],
  },
};
