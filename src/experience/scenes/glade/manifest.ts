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
  narration: 'glade',
  ambience: 'woodland',
  horizonColor: '#b3c094',
  thumbnail: thumbnailPath('glade'),
};
