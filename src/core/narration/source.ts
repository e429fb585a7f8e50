import { z } from 'zod';
import type { Lang } from '../i18n/catalogue.ts';
import { LineIdSchema, ScriptIdSchema } from './schema.ts';

/**
 * Where a narration line's sound comes from, in order: a recorded file when the deployment
 * provides one (HAFAN_NARRATION_DIR/<lang>/<script>/<lineId>.<ext>), else the Web Speech API when
 * the browser has a voice for the language, else captions alone. Pure, so it is unit-tested.
 */

export const RECORDED_EXTENSIONS = ['ogg', 'mp3', 'wav'] as const;
export type RecordedExtension = (typeof RECORDED_EXTENSIONS)[number];

export interface RecordedFile {
  lang: Lang;
  script: string;
  lineId: string;
  ext: RecordedExtension;
}

const PATH = /^(en|cy)\/([^/]+)\/([^/]+)\.(ogg|mp3|wav)$/;

/** `en/beach/intro.1.ogg` → its parts; null for anything that is not a narration file. */
export function parseRecordedPath(path: string): RecordedFile | null {
  const m = PATH.exec(path);
  if (!m) return null;
  const [, lang, script, lineId, ext] = m as unknown as [string, Lang, string, string, string];
  if (!ScriptIdSchema.safeParse(script).success || !LineIdSchema.safeParse(lineId).success) {
    return null;
  }
  return { lang, script, lineId, ext: ext as RecordedExtension };
}

export function recordedPath(f: RecordedFile): string {
  return `${f.lang}/${f.script}/${f.lineId}.${f.ext}`;
}

/** The served index (GET /api/narration): every recorded file, so the client never probes. */
export const RecordedIndexSchema = z.strictObject({
  /** URL prefix the files are served under, e.g. `/narration/`. */
  base: z.string().startsWith('/'),
  files: z.array(z.string().regex(PATH)).max(20_000),
});
export type RecordedIndex = z.infer<typeof RecordedIndexSchema>;

/** `<lang>/<script>/<lineId>` → the preferred file for it (ogg, then mp3, then wav). */
export type RecordedLookup = ReadonlyMap<string, string>;

export function recordedLookup(index: RecordedIndex): RecordedLookup {
  const best = new Map<string, RecordedFile>();
  for (const path of index.files) {
    const f = parseRecordedPath(path);
    if (!f) continue;
    const key = `${f.lang}/${f.script}/${f.lineId}`;
    const had = best.get(key);
    if (!had || RECORDED_EXTENSIONS.indexOf(f.ext) < RECORDED_EXTENSIONS.indexOf(had.ext)) {
      best.set(key, f);
    }
  }
  return new Map([...best].map(([key, f]) => [key, index.base + recordedPath(f)]));
}

/** What the client knows of a speech voice (a subset of SpeechSynthesisVoice). */
export interface VoiceInfo {
  voiceURI: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * The best voice for a language: one whose BCP 47 tag is the language or a region of it
 * (`cy`, `cy-GB`), preferring voices on the device (they work offline), then the default.
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: Lang): VoiceInfo | null {
  const matching = voices.filter((v) => {
    const tag = v.lang.toLowerCase().replace('_', '-');
    return tag === lang || tag.startsWith(`${lang}-`);
  });
  const score = (v: VoiceInfo) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  return [...matching].sort((a, b) => score(b) - score(a))[0] ?? null;
}

export type NarrationSource =
  { kind: 'file'; url: string } | { kind: 'speech'; voiceURI: string } | { kind: 'captions' };

export function chooseSource(opts: {
  ref: string;
  lang: Lang;
  recorded: RecordedLookup;
  voices: readonly VoiceInfo[];
  /** False when the browser has no speech synthesis at all. */
  speechAvailable: boolean;
}): NarrationSource {
  const url = opts.recorded.get(`${opts.lang}/${opts.ref}`);
  if (url) return { kind: 'file', url };
  if (opts.speechAvailable) {
    const voice = chooseVoice(opts.voices, opts.lang);
    if (voice) return { kind: 'speech', voiceURI: voice.voiceURI };
  }
  return { kind: 'captions' };
}
