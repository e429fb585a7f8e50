import { auroraManifest } from './aurora/manifest.ts';
import { beachManifest } from './beach/manifest.ts';
import { gardenManifest } from './garden/manifest.ts';
import { gladeManifest } from './glade/manifest.ts';
import { campfireManifest } from './campfire/manifest.ts';
import { teaPartyManifest } from './tea-party/manifest.ts';
import type { AnyManifest, SceneEntry, SocialSceneManifest } from './types.ts';

/** Every scene Hafan offers. Each scene's code loads only when the scene is chosen. */
export const SCENES: readonly SceneEntry[] = [
  { manifest: beachManifest, load: () => import('./beach/BeachScene.tsx') },
  { manifest: gladeManifest, load: () => import('./glade/GladeScene.tsx') },
  { manifest: auroraManifest, load: () => import('./aurora/AuroraScene.tsx') },
  { manifest: gardenManifest, load: () => import('./garden/GardenScene.tsx') },
];

/** The shared social scenes (manifest.social set): offered for rooms, not on the start screen. */
export const SOCIAL_SCENES: readonly SceneEntry<SocialSceneManifest>[] = [
  { manifest: teaPartyManifest, load: () => import('./tea-party/TeaPartyScene.tsx') },
  { manifest: campfireManifest, load: () => import('./campfire/CampfireScene.tsx') },
];

/** A relaxation scene by id. */
export function findScene(id: string): SceneEntry | undefined {
  return SCENES.find((s) => s.manifest.id === id);
}

/** A social scene by id. */
export function findSocialScene(id: string): SceneEntry<SocialSceneManifest> | undefined {
  return SOCIAL_SCENES.find((s) => s.manifest.id === id);
}

/** Any scene by id (previews): relaxation or social. */
export function findAnyScene(id: string): SceneEntry<AnyManifest> | undefined {
  return findScene(id) ?? findSocialScene(id);
}
