import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Measure } from '../../../src/core/schemas/measures.ts';
import { startClock } from '../../../src/core/session/clock.ts';
import { FADE_IN_MS } from '../../../src/core/session/fade.ts';
import { ITEM_TIMEOUT_MS } from '../../../src/core/measures/run.ts';

const written = vi.hoisted(() => ({
  events: [] as { type: string; tMs: number; data: unknown }[],
  measures: [] as Measure[],
}));
vi.mock('../../../src/experience/session/logging.ts', () => ({
  logEvent: (_s: string, tMs: number, type: string, data: unknown) =>
    written.events.push({ type, tMs, data }),
  getLogger: () =>
    Promise.resolve({ measure: (m: Measure) => Promise.resolve(void written.measures.push(m)) }),
}));

const { measureStore, respond } = await import('../../../src/experience/measures/measureStore.ts');
const {
  loadMeasureFlow,
  measuresDone,
  narrativeTime,
  prepareMeasures,
  setMeasurePlan,
  stepMeasures,
} = await import('../../../src/experience/measures/measureGate.ts');
await loadMeasureFlow();
const { beginSession, backToSetup, requestLeave, sessionStore } =
  await import('../../../src/experience/session/sessionStore.ts');

const SESSION = '6c1b8d2f-3e4a-4b5c-9d6e-7f8a9b0c1d2e';
const flush = () => new Promise((r) => setTimeout(r, 0));

function start(): void {
  prepareMeasures(SESSION);
  beginSession(SESSION, 'vr', startClock(performance.now()));
}

describe('measures in a session', () => {
  beforeEach(() => {
    written.events.length = 0;
    written.measures.length = 0;
    backToSetup();
    setMeasurePlan(null);
  });

  it('holds the narration at its start, asks after the fade in, and lets the intro begin after', async () => {
    start();
    expect(stepMeasures(0, false)).toBe(true);
    expect(measureStore.getState().run).toBeNull(); // still fading in
    expect(stepMeasures(FADE_IN_MS, false)).toBe(true);
    expect(measureStore.getState().stage).toBe('before');
    expect(narrativeTime(20_000)).toBe(0);
    // The clock in the session store is real time: answer "Happy" now.
    respond({ value: 4 });
    await flush();
    expect(measureStore.getState().stage).toBeNull();
    expect(written.measures).toHaveLength(1);
    expect(written.measures[0]).toMatchObject({
      sessionId: SESSION,
      instrumentId: 'mood_faces',
      instrumentVersion: '1.0.0',
      timing: 'pre',
      respondent: 'self',
      answers: [{ linkId: 'mood', value: 4 }],
    });
    expect(written.events.map((e) => e.type)).toEqual([
      'measures_started',
      'measure_answered',
      'measures_ended',
    ]);
    expect(written.events[1]!.data).toEqual({
      measureId: written.measures[0]!.id,
      instrumentId: 'mood_faces',
      timing: 'pre',
      complete: true,
    });
    // Narration resumes from its own start, however long the question took.
    const releasedAt = written.events[2]!.tMs;
    expect(narrativeTime(releasedAt + 1500)).toBe(1500);
    expect(stepMeasures(releasedAt + 1500, false)).toBe(false);
  });

  it('after the outro asks the post measures, recording "no answer" on timeout, then lets it end', () => {
    start();
    stepMeasures(FADE_IN_MS, false);
    stepMeasures(FADE_IN_MS + ITEM_TIMEOUT_MS, false); // nobody answered the mood question
    expect(measureStore.getState().stage).toBeNull();
    const end = 300_000;
    expect(stepMeasures(end, true)).toBe(true);
    expect(measureStore.getState().stage).toBe('after');
    expect(stepMeasures(end + ITEM_TIMEOUT_MS, true)).toBe(true); // mood: no answer
    expect(stepMeasures(end + 2 * ITEM_TIMEOUT_MS, true)).toBe(true); // comfort check: no answer
    // Both stages done: the session may end now, and is never asked again.
    expect(stepMeasures(end + 2 * ITEM_TIMEOUT_MS + 16, true)).toBe(false);
    expect(measureStore.getState().stagesDone).toEqual(['before', 'after']);
    const ended = written.events.filter((e) => e.type === 'measures_ended');
    expect(ended.map((e) => e.data)).toEqual([
      { stage: 'before', timedOut: 1 },
      { stage: 'after', timedOut: 2 },
    ]);
  });

  it('starts the narration at once when the plan asks nothing before, or only what is unknown', () => {
    setMeasurePlan([{ instrumentId: 'swemwbs', timing: 'pre' }]);
    start();
    expect(stepMeasures(100, false)).toBe(false);
    expect(narrativeTime(1100)).toBe(1000);
  });

  it('asks nothing and holds nothing for an empty plan', () => {
    setMeasurePlan([]);
    start();
    expect(stepMeasures(FADE_IN_MS, false)).toBe(false);
    expect(stepMeasures(300_000, true)).toBe(false);
    expect(narrativeTime(1234)).toBe(1234);
    expect(written.events).toEqual([]);
  });

  it('drops an unfinished measure when the resident leaves, and releases the narration', () => {
    setMeasurePlan([{ instrumentId: 'ucla3', timing: 'baseline' }]);
    start();
    stepMeasures(FADE_IN_MS, false);
    respond({ value: 2 });
    requestLeave('exited_by_resident');
    expect(sessionStore.getState().stage).toBe('leaving');
    expect(stepMeasures(FADE_IN_MS + 5000, false)).toBe(false);
    expect(measureStore.getState().run).toBeNull();
    expect(written.measures).toEqual([]);
    expect(written.events.map((e) => e.type)).toEqual(['measures_started', 'measures_ended']);
  });

  it('tells a page that drives the stages itself (a social room) when each stage is over', () => {
    // Mood after only: the first step in the "after" stage only settles "before" (nothing).
    setMeasurePlan([{ instrumentId: 'mood_faces', timing: 'post' }]);
    start();
    expect(measuresDone('before')).toBe(false);
    expect(measuresDone('after')).toBe(false);
    expect(stepMeasures(FADE_IN_MS, true)).toBe(false);
    expect(measuresDone('before')).toBe(true);
    expect(measuresDone('after')).toBe(false);
    expect(stepMeasures(FADE_IN_MS + 10, true)).toBe(true);
    expect(measureStore.getState().stage).toBe('after');
    expect(measuresDone('after')).toBe(false);
    respond({ value: 3 });
    expect(measuresDone('after')).toBe(true);
    // A new session starts over.
    start();
    expect(measuresDone('before')).toBe(false);
  });
});
