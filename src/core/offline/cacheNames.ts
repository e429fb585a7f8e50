/**
 * The service worker's runtime caches that the resident app also fills itself (the worker's
 * routes are in scripts/vite-offline.ts). The deployment's recorded narration is not part of the
 * build, so it cannot be precached: the app stores the index and the files while idle.
 */
export const NARRATION_CACHE = 'hafan-narration';
export const NARRATION_INDEX_CACHE = 'hafan-narration-index';
/** The one API answer the worker keeps: the same public list of recorded lines for everyone. */
export const NARRATION_INDEX_URL = '/api/narration';
