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
  narration: {
    intro: ['garden.intro.1', 'garden.intro.2', 'garden.intro.3'],
    practice: ['garden.practice.1', 'garden.practice.2'],
    outro: ['garden.outro.1', 'garden.outro.2', 'garden.outro.3'],
  },
  ambience: 'garden',
  horizonColor: '#e4e6d6',
  thumbnail: thumbnailPath('garden'),
};
