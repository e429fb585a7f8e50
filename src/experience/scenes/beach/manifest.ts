import { thumbnailPath } from '../../../core/scenes/sceneAssets.ts';
import type { SceneManifest } from '../types.ts';

export const beachManifest: SceneManifest = {
  id: 'beach',
  titleKey: 'scene.beach.title',
  descriptionKey: 'scene.beach.description',
  comfort: 'seated-still',
  comfortNotes: 'Seated, no motion. Slow waves and a warm low sun; no flashes.',
  defaultPattern: 'coherent',
  narration: 'beach',
  ambience: 'sea',
  horizonColor: '#f2b48c',
  thumbnail: thumbnailPath('beach'),
};
