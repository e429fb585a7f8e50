import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of the service worker's precache list, with its file's size. */
export interface PrecacheEntry {
  url: string;
  bytes: number;
  gzBytes: number;
}

/**
 * The precache list Workbox wrote into `dist/sw.js` (generateSW inlines it as
 * `precacheAndRoute([{url:…,revision:…},…])`), each entry sized from its file in `dist`.
 */
export function readPrecache(dist: string): PrecacheEntry[] {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\(\[(.*?)\]/s.exec(sw)?.[1];
  if (list === undefined) throw new Error(`${dist}/sw.js has no precache list`);
  // Minified (`url:"…"`) in production, pretty-printed (`"url": "…"`) when NODE_ENV is not set so.
  const urls = [...list.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(urls)].map((url) => {
    const buf = fs.readFileSync(path.join(dist, url));
    return { url, bytes: buf.length, gzBytes: gzipSync(buf, { level: 9 }).length };
  });
}

export type PrecacheKind =
  | 'app code'
  | 'fonts'
  | 'controller models'
  | 'scene pictures'
  | 'icons and manifest'
  | 'audio'
  | 'other';

export function kindOf(url: string): PrecacheKind {
  if (url.startsWith('profiles/')) return 'controller models';
  if (url.startsWith('thumbnails/')) return 'scene pictures';
  if (/\.(m?js|css|html)$/.test(url)) return 'app code';
  if (/\.(otf|ttf|woff2?)$/.test(url)) return 'fonts';
  if (/\.(mp3|ogg|opus|m4a|wav)$/.test(url)) return 'audio';
  if (/^icons\/|\.webmanifest$|\.svg$/.test(url)) return 'icons and manifest';
  return 'other';
}
