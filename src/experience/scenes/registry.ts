import { auroraManifest } from './aurora/manifest.ts';
import { beachManifest } from './beach/manifest.ts';
import { campfireManifest } from './campfire/manifest.ts';
import { teaPartyManifest } from './tea-party/manifest.ts';
import type { SceneEntry } from './types.ts';

/** Every scene Hafan offers. Each scene's code loads only when the scene is chosen. */
export const SCENES: readonly SceneEntry[] = [
  { manifest: beachManifest, load: () => import('./beach/BeachScene.tsx') },
  { manifest: auroraManifest, load: () => import('./aurora/AuroraScene.tsx') },
];

/** The shared social scenes (manifest.social set): offered for rooms, not on the start screen. */
export const SOCIAL_SCENES: readonly SceneEntry[] = [
  { manifest: teaPartyManifest, load: () => import('./tea-party/TeaPartyScene.tsx') },
  { manifest: campfireManifest, load: () => import('./campfire/CampfireScene.tsx') },
];

export function findScene(id: string): SceneEntry | undefined {
  return (
    SCENES.find((s) => s.manifest.id === id) ?? SOCIAL_SCENES.find((s) => s.manifest.id === id)
  );
}
