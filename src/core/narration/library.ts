import type { Lang } from '../i18n/catalogue.ts';
import { LANGS } from '../i18n/catalogue.ts';
import auroraCy from '../../../assets/narration/cy/aurora.json';
import beachCy from '../../../assets/narration/cy/beach.json';
import breathingCy from '../../../assets/narration/cy/breathing.json';
import gardenCy from '../../../assets/narration/cy/garden.json';
import gladeCy from '../../../assets/narration/cy/glade.json';
import auroraEn from '../../../assets/narration/en/aurora.json';
import beachEn from '../../../assets/narration/en/beach.json';
import breathingEn from '../../../assets/narration/en/breathing.json';
import gardenEn from '../../../assets/narration/en/garden.json';
import gladeEn from '../../../assets/narration/en/glade.json';
import {
  BreathingCuesSchema,
  SCRIPT_SECTIONS,
  SceneScriptSchema,
  type BreathingCues,
  type SceneScript,
} from './schema.ts';
import { SCENE_SCRIPT_IDS, type SceneScriptId } from './ids.ts';

export { SCENE_SCRIPT_IDS, type SceneScriptId };

/**
 * Every narration script, validated once when this module loads (a bad file fails loudly in the
 * unit tests, never silently in a session). Lazy-loaded by the resident app with the session code.
 */

const RAW_SCENES: Record<SceneScriptId, Record<Lang, unknown>> = {
  beach: { en: beachEn, cy: beachCy },
  glade: { en: gladeEn, cy: gladeCy },
  aurora: { en: auroraEn, cy: auroraCy },
  garden: { en: gardenEn, cy: gardenCy },
};

function parseScene(id: SceneScriptId, lang: Lang): SceneScript {
  const script = SceneScriptSchema.parse(RAW_SCENES[id][lang]);
  if (script.script !== id || script.language !== lang) {
    throw new Error(`assets/narration/${lang}/${id}.json names itself ${script.script}`);
  }
  return script;
}

export interface NarrationLibrary {
  scenes: Readonly<Record<SceneScriptId, Readonly<Record<Lang, SceneScript>>>>;
  breathing: Readonly<Record<Lang, BreathingCues>>;
}

export const NARRATION: NarrationLibrary = {
  scenes: Object.fromEntries(
    SCENE_SCRIPT_IDS.map((id) => [id, { en: parseScene(id, 'en'), cy: parseScene(id, 'cy') }]),
  ) as NarrationLibrary['scenes'],
  breathing: {
    en: BreathingCuesSchema.parse(breathingEn),
    cy: BreathingCuesSchema.parse(breathingCy),
  },
};

/**
 * A line's reference, `<script>/<lineId>`: what a caption names, what the session log records,
 * and (with the language) where a recorded file for it lives.
 */
export type LineRef = string;

export function lineRef(script: string, lineId: string): LineRef {
  return `${script}/${lineId}`;
}

export function splitRef(ref: LineRef): { script: string; lineId: string } {
  const i = ref.indexOf('/');
  return { script: ref.slice(0, i), lineId: ref.slice(i + 1) };
}

/** Every line of a breathing file as id → text: `coherent.intro`, `coherent.in`, `just_listen`. */
export function breathingLines(cues: BreathingCues): Map<string, string> {
  const lines = new Map<string, string>([['just_listen', cues.justListen]]);
  for (const [pattern, set] of Object.entries(cues.patterns)) {
    for (const [cue, text] of Object.entries(set)) lines.set(`${pattern}.${cue}`, text);
  }
  return lines;
}

/** Every line of a scene script as id → text. */
export function sceneLines(script: SceneScript): Map<string, string> {
  return new Map(SCRIPT_SECTIONS.flatMap((s) => script[s].map((l) => [l.id, l.text] as const)));
}

const TEXT = new Map<Lang, Map<LineRef, string>>(
  LANGS.map((lang) => {
    const all = new Map<LineRef, string>();
    for (const id of SCENE_SCRIPT_IDS) {
      for (const [line, text] of sceneLines(NARRATION.scenes[id][lang])) {
        all.set(lineRef(id, line), text);
      }
    }
    for (const [line, text] of breathingLines(NARRATION.breathing[lang])) {
      all.set(lineRef('breathing', line), text);
    }
    return [lang, all];
  }),
);

/** The text of a line in a language ('' for an unknown reference, which the tests rule out). */
export function lineText(lang: Lang, ref: LineRef): string {
  return TEXT.get(lang)?.get(ref) ?? '';
}

/** Every reference of every script, per language: the tests check both languages match. */
export function allLineRefs(lang: Lang): LineRef[] {
  return [...(TEXT.get(lang)?.keys() ?? [])];
}

/** Every narration string in every language (the font coverage test walks these). */
export function allNarrationStrings(): string[] {
  return LANGS.flatMap((lang) => [...(TEXT.get(lang)?.values() ?? [])]);
}
