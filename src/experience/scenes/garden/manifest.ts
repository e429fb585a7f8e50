import { thumbnailPath } from '../../../core/scenes/sceneAssets.ts';
import type { SceneManifest } from '../types.ts';

export const gardenManifest: SceneManifest = {
  id: 'garden',
  titleKey: 'scene.garden.title',
  descriptionKey: 'scene.garden.description',
  comfort: 'seated-still',
  comfortNotes:
    'Seated, no motion. A familiar sunny garden (brick walls, flower borders, a fountain) that may prompt memories; the only movement is falling water.',
  defaultPattern: 'extended_exhale',
  narration: 'garden',
  ambience: 'garden',
  horizonColor: '#e4e6d6',
  thumbnail: thumbnailPath('garden'),
};
