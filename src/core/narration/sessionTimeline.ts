import { PATTERNS, type BreathPhaseKind, type PatternId } from '../breathing/patterns.ts';
import { LANGS } from '../i18n/catalogue.ts';
import {
  buildTimeline,
  displayMs,
  type SessionLengthMin,
  type TimedLine,
  type Timeline,
} from '../session/timeline.ts';
import { NARRATION, lineRef, lineText, type LineRef, type SceneScriptId } from './library.ts';
import type { ScriptSection } from './schema.ts';

export interface SessionNarration {
  script: SceneScriptId;
  lengthMin: SessionLengthMin;
  pattern: PatternId;
  /** False for "just listen": no guide, so no breathing cues. */
  guideVisible: boolean;
}

/** A line timed for the longest of its translations, so switching language keeps the timing. */
function timed(ref: LineRef): TimedLine {
  return { ref, ms: displayMs(LANGS.map((lang) => lineText(lang, ref))) };
}

function section(script: SceneScriptId, name: ScriptSection): TimedLine[] {
  return NARRATION.scenes[script].en[name].map((l) => timed(lineRef(script, l.id)));
}

/** The whole session's narration: a scene's script, with the chosen pattern's cues. */
export function sessionTimeline(n: SessionNarration): Timeline {
  const pattern = PATTERNS[n.pattern];
  const cues: Partial<Record<BreathPhaseKind, LineRef>> = {};
  for (const phase of pattern.phases)
    cues[phase.kind] = lineRef('breathing', `${n.pattern}.${phase.kind}`);
  return buildTimeline({
    lengthMin: n.lengthMin,
    intro: section(n.script, 'intro'),
    settling: section(n.script, 'settling'),
    practice: section(n.script, 'practice'),
    closing: section(n.script, 'closing'),
    guide: n.guideVisible
      ? { pattern, intro: timed(lineRef('breathing', `${n.pattern}.intro`)), cues }
      : { justListen: timed(lineRef('breathing', 'just_listen')) },
  });
}
