import fs from 'node:fs';
import path from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin, PluginOption } from 'vite';
import type { ManifestTransform } from 'workbox-build';
import {
  NARRATION_CACHE,
  NARRATION_INDEX_CACHE,
  NARRATION_INDEX_URL,
} from '../src/core/offline/cacheNames.ts';

/**
 * The offline app: a Workbox service worker (vite-plugin-pwa, generateSW) and the web app
 * manifest. Everything the headset needs for a relaxation session is precached on the first
 * visit; API calls always go to the network (the logger's IndexedDB outbox covers offline).
 *
 * Never precached: the WebXR emulator (iwer, @pmndrs/xr's emulate chunk) and its synthetic rooms,
 * which only the e2e build contains, and test-only probes. `PRECACHE_IGNORES` is shared with the
 * tests that check the built precache list.
 */
export const EMULATOR_CHUNKS = [
  '**/emulate-*.js',
  '**/emulator-*.js',
  '**/iwer*',
  '**/living_room-*.js',
  '**/meeting_room-*.js',
  '**/music_room-*.js',
  '**/office_large-*.js',
  '**/office_small-*.js',
  '**/renderProbe-*.js',
];

/**
 * Controller models: the Quest family (Quest 2 → oculus-touch-v3, Quest 3/3S → touch-plus, Quest
 * Pro → touch-pro) and hands are precached; the large generic fallbacks (4 MB each, used only by
 * other headsets) and older controllers are cached the first time they are used.
 */
export const PRECACHED_PROFILES = [
  'profiles/profilesList.json',
  'profiles/*/profile.json',
  'profiles/oculus-touch-v3/*.glb',
  'profiles/meta-quest-touch-plus/*.glb',
  'profiles/meta-quest-touch-pro/*.glb',
  'profiles/generic-hand/*.glb',
];

/**
 * The research pages and their chart library (Observable Plot, about 90 KB gzipped): only the
 * resident app registers the service worker, and no one opens /research on a headset.
 */
export const DESK_ONLY_CHUNKS = ['**/researchPages-*'];

export const PRECACHE_IGNORES = [...EMULATOR_CHUNKS, ...DESK_ONLY_CHUNKS];

/** Strings only the emulator's code carries; a chunk holding one is never precached. */
export const EMULATOR_CODE_MARKERS = ['@iwer/', 'installRuntime'];

/**
 * Drops every script that carries the emulator, whatever the bundler named its chunk (in the e2e
 * build iwer lands in a chunk called after its own lib/ folder).
 */
function withoutEmulatorCode(outDir: () => string): ManifestTransform {
  return (entries) => {
    const manifest = entries.filter((e) => {
      if (!/\.m?js$/.test(e.url)) return true;
      const text = fs.readFileSync(path.join(outDir(), e.url), 'utf8');
      return !EMULATOR_CODE_MARKERS.some((m) => text.includes(m));
    });
    return Promise.resolve({ manifest });
  };
}

export const THEME_COLOUR = '#1d2a3a';

export function offlineApp(): PluginOption {
  // The build's real output folder (the server's build passes its own --outDir).
  let outDir = 'dist';
  const recordOutDir: Plugin = {
    name: 'hafan-offline-out-dir',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
  };
  return [
    recordOutDir,
    VitePWA({
      registerType: 'prompt',
      // The resident app registers the worker itself (src/experience/offline/), after its first paint.
      injectRegister: false,
      // The glob below already lists the icons.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Hafan',
        short_name: 'Hafan',
        description: 'Calm guided relaxation in VR for care homes',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: THEME_COLOUR,
        theme_color: THEME_COLOUR,
        categories: ['health', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: [
          // App code, styles, fonts, and recorded narration wherever the build puts it.
          '**/*.{js,css,html,svg,woff,woff2,otf,ttf,webmanifest,mp3,ogg,opus,m4a,wav}',
          'icons/*.png',
          // The start screen's scene pictures (about 50 KB): offline they would be broken images.
          'thumbnails/*.webp',
          ...PRECACHED_PROFILES,
        ],
        globIgnores: PRECACHE_IGNORES,
        manifestTransforms: [withoutEmulatorCode(() => outDir)],
        // three.js is the largest file (about 0.75 MB); nothing should be near this.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Hashed file names are their own revision.
        dontCacheBustURLsMatching: /^assets\//,
        // Every page (/, /console, /research, ?emulate…) is the one index.html, also offline.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/profiles\//, /\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
        // The first worker controls the page at once, so a headset is offline-ready after one visit;
        // later workers wait (registerType 'prompt') until the app says it is idle.
        clientsClaim: true,
        skipWaiting: false,
        // Apart from the public narration index, no route matches /api/: the worker leaves API
        // calls to the browser, straight to the network, never cached (the logger's IndexedDB
        // outbox covers offline).
        runtimeCaching: [
          // The deployment's recorded narration (HAFAN_NARRATION_DIR), stored by the app while
          // idle (src/experience/offline/narrationCache.ts): from the cache, refreshed when played.
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/narration/'),
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: NARRATION_CACHE,
              expiration: { maxEntries: 2000 },
            },
          },
          // Its index, the one API answer kept: the same public list for every caller, so an
          // offline headset still knows which lines have a recording.
          {
            // (A RegExp, not a function: Workbox copies functions' source text into the worker.)
            urlPattern: new RegExp(`^[^?#]*//[^/]+${NARRATION_INDEX_URL}(?:[?#]|$)`),
            handler: 'NetworkFirst',
            options: { cacheName: NARRATION_INDEX_CACHE, networkTimeoutSeconds: 4 },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/profiles/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'hafan-controller-profiles',
              expiration: { maxEntries: 40 },
            },
          },
        ],
      },
    }),
  ];
}
