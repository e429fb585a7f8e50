import { describe, expect, it } from 'vitest';
import { MOOD, SICKNESS_CHECK, UCLA3 } from '../../../src/core/instruments/definitions.ts';
import { findInstrument } from '../../../src/core/instruments/registry.ts';
import { scoreMeasure } from '../../../src/core/instruments/scoring.ts';
import {
  ITEM_TIMEOUT_MS,
  answerCurrent,
  currentQuestion,
  entriesForStage,
  hasTimedOut,
  isRunDone,
  startRun,
  timeoutProgress,
} from '../../../src/core/measures/run.ts';
import { DEFAULT_MEASURE_PLAN } from '../../../src/core/schemas/sessionPlan.ts';

const find = (id: string) => findInstrument(id);

describe('which instruments a stage asks', () => {
  it('asks mood before, and mood then the comfort check after, by default', () => {
    const before = entriesForStage(DEFAULT_MEASURE_PLAN, 'before', find);
    const after = entriesForStage(DEFAULT_MEASURE_PLAN, 'after', find);
    expect(before.entries.map((e) => [e.def.id, e.timing])).toEqual([['mood_faces', 'pre']]);
    expect(after.entries.map((e) => [e.def.id, e.timing])).toEqual([
      ['mood_faces', 'post'],
      ['sickness_check', 'post'],
    ]);
    expect(before.skipped).toEqual([]);
  });

  it('puts periodic measures before the session, and leaves out unknown or mistimed ones', () => {
    const plan = [
      { instrumentId: 'ucla3', timing: 'baseline' as const },
      { instrumentId: 'swemwbs', timing: 'pre' as const },
      { instrumentId: 'sickness_check', timing: 'pre' as const },
      { instrumentId: 'mood_faces', timing: 'pre' as const },
      { instrumentId: 'mood_faces', timing: 'pre' as const },
    ];
    const r = entriesForStage(plan, 'before', find);
    expect(r.entries.map((e) => e.def.id)).toEqual(['ucla3', 'mood_faces']);
    expect(r.skipped.map((p) => p.instrumentId)).toEqual(['swemwbs', 'sickness_check']);
  });

  it('asks nothing for an empty plan', () => {
    expect(entriesForStage([], 'after', find).entries).toEqual([]);
    expect(isRunDone(startRun([], 0))).toBe(true);
    expect(currentQuestion(startRun([], 0))).toBeNull();
  });
});

describe('a measure run, one item at a time', () => {
  const entries = [
    { def: UCLA3, timing: 'baseline' as const },
    { def: MOOD, timing: 'pre' as const },
  ];

  it('walks every item in order and hands over each instrument when its last item is answered', () => {
    let run = startRun(entries, 1000);
    expect(currentQuestion(run)).toMatchObject({ itemNumber: 1, itemCount: 3 });
    expect(currentQuestion(run)!.item.linkId).toBe('companionship');
    let r = answerCurrent(run, { value: 2 }, 2000);
    expect(r.finished).toBeNull();
    expect(r.run.itemShownAtMs).toBe(2000);
    r = answerCurrent(r.run, { declined: true }, 3000);
    r = answerCurrent(r.run, { value: 1 }, 4000);
    expect(r.finished!.entry.def.id).toBe('ucla3');
    expect(r.finished!.answers).toEqual([
      { linkId: 'companionship', value: 2 },
      { linkId: 'left_out', declined: true },
      { linkId: 'isolated', value: 1 },
    ]);
    // A declined item makes the measure incomplete: never a score from a partial answer.
    expect(scoreMeasure(UCLA3, r.finished!.answers)).toMatchObject({
      complete: false,
      score: null,
    });
    run = r.run;
    expect(currentQuestion(run)!.def.id).toBe('mood_faces');
    r = answerCurrent(run, { value: 5 }, 5000);
    expect(r.finished!.answers).toEqual([{ linkId: 'mood', value: 5 }]);
    expect(isRunDone(r.run)).toBe(true);
    // Answering after the end changes nothing.
    expect(answerCurrent(r.run, { value: 1 }, 6000)).toEqual({ run: r.run, finished: null });
  });

  it('records "no answer" after the timeout instead of waiting for ever', () => {
    const run = startRun([{ def: SICKNESS_CHECK, timing: 'post' }], 10_000);
    expect(hasTimedOut(run, 10_000 + ITEM_TIMEOUT_MS - 1)).toBe(false);
    expect(timeoutProgress(run, 10_000 + ITEM_TIMEOUT_MS / 2)).toBeCloseTo(0.5);
    expect(hasTimedOut(run, 10_000 + ITEM_TIMEOUT_MS)).toBe(true);
    const r = answerCurrent(run, { timedOut: true }, 10_000 + ITEM_TIMEOUT_MS);
    expect(r.finished!.answers).toEqual([{ linkId: 'sickness', timedOut: true }]);
    expect(hasTimedOut(r.run, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
