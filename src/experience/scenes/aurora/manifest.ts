import { thumbnailPath } from '../../../core/scenes/sceneAssets.ts';
import type { SceneManifest } from '../types.ts';

export const auroraManifest: SceneManifest = {
  id: 'aurora',
  titleKey: 'scene.aurora.title',
  descriptionKey: 'scene.aurora.description',
  comfort: 'seated-still',
  comfortNotes:
    'Seated, no motion. Dark scene with slow, soft light; no flashes. Suits evening sessions.',
  defaultPattern: 'coherent',
  narration: {
    intro: ['aurora.intro.1', 'aurora.intro.2', 'aurora.intro.3'],
    practice: ['aurora.practice.1', 'aurora.practice.2'],
    outro: ['aurora.outro.1', 'aurora.outro.2', 'aurora.outro.3'],
  },
  ambience: 'night',
  horizonColor: '#1b2a4a',
  thumbnail: thumbnailPath('aurora'),
};
