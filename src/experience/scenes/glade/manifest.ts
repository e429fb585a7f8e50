import { thumbnailPath } from '../../../core/scenes/sceneAssets.ts';
import type { SceneManifest } from '../types.ts';

export const gladeManifest: SceneManifest = {
  id: 'glade',
  titleKey: 'scene.glade.title',
  descriptionKey: 'scene.glade.description',
  comfort: 'seated-still',
  comfortNotes:
    'Seated, no motion. A sunny clearing with slow dappled light and drifting pollen; no flashes.',
  defaultPattern: 'coherent',
  narration: {
    intro: ['glade.intro.1', 'glade.intro.2', 'glade.intro.3'],
    practice: ['glade.practice.1', 'glade.practice.2'],
    outro: ['glade.outro.1', 'glade.outro.2', 'glade.outro.3'],
  },
  ambience: 'woodland',
  horizonColor: '#b3c094',
  thumbnail: thumbnailPath('glade'),
};
