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
  narration: 'aurora',
  ambience: 'night',
  horizonColor: '#1b2a4a',
  thumbnail: thumbnailPath('aurora'),
};
