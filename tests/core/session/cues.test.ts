import { describe, expect, it } from 'vitest';
import { phaseAt } from '../../../src/core/breathing/phase.ts';
import { PATTERN_IDS, PATTERNS, cycleMs } from '../../../src/core/breathing/patterns.ts';
import { sessionTimeline } from '../../../src/core/narration/sessionTimeline.ts';
import { CUE_TAIL_MS, createCueTracker, cueAt } from '../../../src/core/session/cues.ts';
import { lineAt, type Timeline } from '../../../src/core/session/timeline.ts';

/**
 * A session played frame by frame against a model of the two clocks the runner reads: the
 * resident's own narration time (which waits while measures are asked and stops while paused)
 * and the guide's time (the group's shared clock, frozen while paused and rejoining the group
 * after). Every cue shown is recorded with the guide's phase at that frame.
 */
interface Scenario {
  /** Group sessions: the group's clock minus the narration's, before measures (ms). */
  groupLeadMs: number | null;
  /** The narration waits this long at the start while measures are asked. */
  measuresMs: number;
  /** Pauses as [narration time it starts at, wall ms it lasts]. */
  pauses: [number, number][];
}

interface Shown {
  ref: string;
  onsetBreathMs: number;
  prevBreathMs: number;
  phaseStartMs: number;
  lastBreathMs: number;
  phaseEndMs: number;
  goneAtBreathMs: number | null;
}

const FRAME_MS = 1000 / 72;

function play(tl: Timeline, s: Scenario) {
  const window = tl.cues!;
  const pattern = window.pattern;
  const tracker = createCueTracker();
  const shown: Shown[] = [];
  let current: Shown | null = null;
  let narrative = 0;
  let own = 0; // the session's own elapsed time (the guide's time when solo)
  let group = s.groupLeadMs ?? 0;
  let frozen: number | null = null;
  let pauseLeft = 0;
  const pauses = [...s.pauses];
  let prevBreath = 0;
  for (let wall = 0; narrative < window.endMs + 5000; wall += FRAME_MS) {
    const next = pauses[0];
    if (pauseLeft <= 0 && next && narrative >= next[0]) {
      pauseLeft = next[1];
      pauses.shift();
    }
    const paused = pauseLeft > 0;
    // The guide: the group's clock (frozen while paused, then back in step with the group) or,
    // solo, the session's own time (which stops while paused).
    let breathMs: number;
    if (s.groupLeadMs === null) breathMs = own;
    else if (paused) breathMs = frozen ??= prevBreath;
    else {
      frozen = null;
      breathMs = group;
    }
    const breath = phaseAt(pattern, breathMs);
    const cue = cueAt(tracker, window, narrative, breathMs, breath, paused);
    if (cue) {
      // Whatever shows names the guide's phase at this very frame, and no narration line with it.
      expect(cue).toBe(window.refs[breath.kind]);
      expect(lineAt(tl, narrative)).toBeNull();
      if (!current || current.ref !== cue || current.phaseStartMs !== breath.phaseStartMs) {
        if (current) current.goneAtBreathMs = breathMs;
        current = {
          ref: cue,
          onsetBreathMs: breathMs,
          prevBreathMs: prevBreath,
          phaseStartMs: breath.phaseStartMs,
          lastBreathMs: breathMs,
          phaseEndMs: breath.phaseEndMs,
          goneAtBreathMs: null,
        };
        shown.push(current);
      }
      current.lastBreathMs = breathMs;
    } else if (current) {
      current.goneAtBreathMs = paused ? null : breathMs;
      current = null;
    }
    prevBreath = breathMs;
    group += FRAME_MS;
    if (paused) pauseLeft -= FRAME_MS;
    else {
      own += FRAME_MS;
      if (own > s.measuresMs) narrative = own - s.measuresMs;
    }
  }
  return shown;
}

/** Each cue appears on the frame its guide phase begins and goes just before that phase ends. */
function expectOnPhaseBoundaries(shown: Shown[]) {
  for (const c of shown) {
    expect(c.phaseStartMs).toBeGreaterThan(c.prevBreathMs);
    expect(c.phaseStartMs).toBeLessThanOrEqual(c.onsetBreathMs);
    expect(c.lastBreathMs).toBeLessThan(c.phaseEndMs - CUE_TAIL_MS);
    if (c.goneAtBreathMs !== null) {
      expect(c.goneAtBreathMs).toBeGreaterThanOrEqual(c.phaseEndMs - CUE_TAIL_MS);
      expect(c.goneAtBreathMs).toBeLessThan(c.phaseEndMs - CUE_TAIL_MS + FRAME_MS + 1);
    }
  }
}

describe.each(PATTERN_IDS)('breathing cues for %s', (id) => {
  const tl = sessionTimeline({ script: 'beach', lengthMin: 5, pattern: id, guideVisible: true });
  const pattern = PATTERNS[id];
  const all = tl.cues!.cycles * pattern.phases.length;
  const cycle = cycleMs(pattern);

  it('solo, with no measures first, shows exactly the cues laid in the timeline', () => {
    const shown = play(tl, { groupLeadMs: null, measuresMs: 0, pauses: [] });
    expectOnPhaseBoundaries(shown);
    const laid = tl.captions.filter((c) => c.section === 'cue');
    expect(shown.map((c) => [c.ref, c.phaseStartMs])).toEqual(laid.map((c) => [c.ref, c.startMs]));
  });

  it.each([
    ['a group clock ahead by a part cycle', 0.37 * cycle + 12.5],
    ['a group clock behind by a part cycle', -0.61 * cycle - 3.25],
    ['a late joiner, minutes after the group began', 95_000 + 0.4 * cycle],
  ])('follows the guide for %s, after measures', (_, lead) => {
    const shown = play(tl, { groupLeadMs: lead, measuresMs: 23_456, pauses: [] });
    expect(shown).toHaveLength(all);
    expectOnPhaseBoundaries(shown);
    // Whole cycles from the first phase, one after another.
    shown.forEach((c, i) => {
      expect(c.ref).toBe(tl.cues!.refs[pattern.phases[i % pattern.phases.length]!.kind]);
      if (i > 0) expect(c.phaseStartMs).toBe(shown[i - 1]!.phaseEndMs);
    });
  });

  it('stays on the guide when the resident pauses mid-cue and the group carries on', () => {
    const start = tl.cues!.startMs;
    const shown = play(tl, {
      groupLeadMs: 0.23 * cycle + 101,
      measuresMs: 8000,
      pauses: [
        [start + 1.3 * cycle, 6_789],
        [start + 2.1 * cycle, 2_345],
      ],
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(all);
    expectOnPhaseBoundaries(shown);
  });

  it('solo, a pause keeps the cues in step when carrying on', () => {
    const start = tl.cues!.startMs;
    const shown = play(tl, {
      groupLeadMs: null,
      measuresMs: 15_000,
      pauses: [[start + 0.7 * cycle, 4_321]],
    });
    expect(shown.length).toBeGreaterThanOrEqual(all - 1);
    expectOnPhaseBoundaries(shown);
  });
});

describe('just listen', () => {
  it('has no cue window at all', () => {
    const tl = sessionTimeline({
      script: 'glade',
      lengthMin: 3,
      pattern: 'coherent',
      guideVisible: false,
    });
    expect(tl.cues).toBeNull();
  });
});
