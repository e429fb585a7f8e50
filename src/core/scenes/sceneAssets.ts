/**
 * Where a scene's files are served, with no dependencies: scene manifests import this in the
 * resident app's first load, so it must not pull in zod (the schema lives in ../schemas).
 */

/** The console's thumbnail: a small WebP served by Hafan at /thumbnails/<id>.webp. */
export const THUMBNAIL_SIZE = { width: 320, height: 200 } as const;
export const THUMBNAIL_MAX_BYTES = 30 * 1024;
export const thumbnailPath = (id: string) => `/thumbnails/${id}.webp`;
