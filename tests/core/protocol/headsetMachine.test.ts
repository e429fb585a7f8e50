import { describe, expect, it } from 'vitest';
import {
  availableCommands,
  checkCommand,
  idleStatus,
  nextStatus,
  type HeadsetEvent,
} from '../../../src/core/protocol/headsetMachine.ts';
import type { Command, HeadsetStatus } from '../../../src/core/protocol/messages.ts';
import type { SessionPlan } from '../../../src/core/schemas/sessionPlan.ts';

const PLAN: SessionPlan = {
  scene: 'aurora',
  lengthMin: 10,
  language: 'cy',
  pattern: 'coherent',
  guideVisible: true,
  measures: [],
  residentId: '0b8e4c52-5d7e-4d3b-9c55-6f4a0f8d2a11',
  group: { groupId: '9d2f7a36-0f3e-4a55-8f7c-2b1d3e4f5a6b', startAtMs: 1_800_000_000_000 },
};
const SESSION = '5b0f8d1e-3a44-4c8e-9f0a-1c2d3e4f5a6b';

const run = (events: HeadsetEvent[], from = idleStatus('en')) => events.reduce(nextStatus, from);
const began: HeadsetEvent = {
  type: 'began',
  sessionId: SESSION,
  scene: 'aurora',
  mode: 'vr',
  totalMs: 600_000,
  language: 'cy',
  residentId: PLAN.residentId,
  groupId: PLAN.group!.groupId,
};

describe('headset status machine', () => {
  it('goes idle → ready → in session → idle, carrying the plan into the status', () => {
    const ready = run([{ type: 'prepared', plan: PLAN }]);
    expect(ready).toMatchObject({
      state: 'ready',
      scene: 'aurora',
      language: 'cy',
      totalMs: 600_000,
      residentId: PLAN.residentId,
      groupId: PLAN.group!.groupId,
    });
    const live = run([began, { type: 'progress', elapsedMs: 45_000, step: 'practice' }], ready);
    expect(live).toMatchObject({
      state: 'in_session',
      sessionId: SESSION,
      step: 'practice',
      elapsedMs: 45_000,
      remainingMs: 555_000,
    });
    const done = run([{ type: 'leaving' }, { type: 'finished' }], live);
    expect(done).toEqual(idleStatus('cy'));
  });

  it('pauses, resumes and extends only in a session, capping the length', () => {
    const live = run([began, { type: 'progress', elapsedMs: 60_000, step: 'practice' }]);
    expect(run([{ type: 'paused' }], live).paused).toBe(true);
    expect(run([{ type: 'paused' }, { type: 'resumed' }], live).paused).toBe(false);
    expect(run([{ type: 'extended', addMs: 300_000 }], live)).toMatchObject({
      totalMs: 900_000,
      remainingMs: 840_000,
    });
    expect(run([{ type: 'extended', addMs: 99 * 60_000 }], live).totalMs).toBe(3_600_000);
    const idle = idleStatus('en');
    for (const e of [{ type: 'paused' }, { type: 'extended', addMs: 1 }] as HeadsetEvent[]) {
      expect(nextStatus(idle, e)).toBe(idle);
    }
    // A prepare cannot replace a running session; a second "began" is ignored.
    expect(nextStatus(live, { type: 'prepared', plan: PLAN })).toBe(live);
    expect(nextStatus(live, { ...began, sessionId: PLAN.residentId! } as HeadsetEvent)).toBe(live);
  });

  it('keeps the last caption, the staff call and the unsent count', () => {
    let s = run([
      began,
      { type: 'caption', text: 'Anadlwch i mewn' },
      { type: 'caption', text: null },
    ]);
    expect(s.lastCaption).toBe('Anadlwch i mewn');
    s = run([{ type: 'staff_called' }, { type: 'unsent', count: 7 }], s);
    expect(s).toMatchObject({ staffCalled: true, unsentLogItems: 7 });
    s = run([{ type: 'call_acknowledged' }, { type: 'finished' }], s);
    expect(s).toMatchObject({
      state: 'idle',
      staffCalled: false,
      unsentLogItems: 7,
      lastCaption: null,
    });
  });

  it('a cancelled prepare returns to idle', () => {
    expect(run([{ type: 'prepared', plan: PLAN }, { type: 'cancelled' }])).toEqual(
      idleStatus('cy'),
    );
  });
});

describe('which commands are valid when', () => {
  const idle = idleStatus('en');
  const ready = nextStatus(idle, { type: 'prepared', plan: PLAN });
  const live = nextStatus(idle, began);
  const paused = nextStatus(live, { type: 'paused' });
  const leaving = nextStatus(live, { type: 'leaving' });
  const cases: [string, HeadsetStatus, boolean, Command['kind'][]][] = [
    ['idle', idle, true, ['prepare']],
    ['ready', ready, true, ['prepare', 'end']],
    ['running', live, true, ['pause', 'extend', 'end']],
    ['paused', paused, true, ['resume', 'extend', 'end']],
    ['leaving', leaving, true, []],
    ['offline', live, false, []],
  ];
  it.each(cases)('%s allows exactly %j', (_name, s, online, allowed) => {
    const a = availableCommands(s, online);
    expect(
      Object.entries(a)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual(allowed);
  });

  it('refuses an extension past the cap and says why', () => {
    const long = nextStatus(live, { type: 'extended', addMs: 48 * 60_000 });
    expect(checkCommand(long, true, { kind: 'extend', minutes: 5 })).toEqual({
      ok: false,
      reason: 'A session can last at most 60 minutes',
    });
    expect(checkCommand(null, true, { kind: 'pause' }).ok).toBe(false);
  });

  it('allows answering a call only while one is open', () => {
    const called = nextStatus(live, { type: 'staff_called' });
    expect(checkCommand(called, true, { kind: 'acknowledge_call' }).ok).toBe(true);
    expect(checkCommand(live, true, { kind: 'acknowledge_call' }).ok).toBe(false);
  });
});
