import { thumbnailPath } from '../../../core/scenes/sceneAssets.ts';
import type { SceneManifest } from '../types.ts';

export const beachManifest: SceneManifest = {
  id: 'beach',
  titleKey: 'scene.beach.title',
  descriptionKey: 'scene.beach.description',
  comfort: 'seated-still',
  comfortNotes: 'Seated, no motion. Slow waves and a warm low sun; no flashes.',
  defaultPattern: 'coherent',
  narration: {
    intro: ['beach.intro.1', 'beach.intro.2', 'beach.intro.3'],
    practice: ['beach.practice.1', 'beach.practice.2'],
    outro: ['beach.outro.1', 'beach.outro.2', 'beach.outro.3'],
  },
  ambience: 'sea',
  horizonColor: '#f2b48c',
  thumbnail: thumbnailPath('beach'),
};
