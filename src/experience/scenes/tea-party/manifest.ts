import type { SocialSceneManifest } from '../types.ts';

/** A social scene: a round table laid for tea on a summer lawn, with a lily pond nearby. */
export const teaPartyManifest: SocialSceneManifest = {
  id: 'tea-party',
  titleKey: 'scene.teaParty.title',
  descriptionKey: 'scene.teaParty.description',
  comfort: 'seated-still',
  comfortNotes: 'Seated, no motion. Soft afternoon light, a still pond, nothing moves quickly.',
  defaultPattern: 'coherent',
  ambience: 'garden',
  horizonColor: '#d9dfe0',
  social: {
    seatRadius: 1.35,
    seatHeight: 0.46,
    breathingLightHeight: 1.25,
    lanternStart: [0, -5.2],
    lanternDrift: [0, -1],
  },
};
