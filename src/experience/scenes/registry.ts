import { auroraManifest } from './aurora/manifest.ts';
import { beachManifest } from './beach/manifest.ts';
import { gardenManifest } from './garden/manifest.ts';
import { gladeManifest } from './glade/manifest.ts';
import type { SceneEntry } from './types.ts';

/** Every scene Hafan offers. Each scene's code loads only when the scene is chosen. */
export const SCENES: readonly SceneEntry[] = [
  { manifest: beachManifest, load: () => import('./beach/BeachScene.tsx') },
  { manifest: gladeManifest, load: () => import('./glade/GladeScene.tsx') },
  { manifest: auroraManifest, load: () => import('./aurora/AuroraScene.tsx') },
  { manifest: gardenManifest, load: () => import('./garden/GardenScene.tsx') },
];

export function findScene(id: string): SceneEntry | undefined {
  return SCENES.find((s) => s.manifest.id === id);
}
