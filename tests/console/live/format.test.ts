import { describe, expect, it } from 'vitest';
import { idleStatus, nextStatus } from '../../../src/core/protocol/headsetMachine.ts';
import type { HeadsetSummary } from '../../../src/core/protocol/messages.ts';
import { endedSession } from '../../../src/console/live/consoleHub.ts';
import {
  clockText,
  recordPath,
  stateText,
  stepText,
  unsentText,
} from '../../../src/console/live/format.ts';

const base: HeadsetSummary = {
  headsetId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  name: 'Oak',
  online: true,
  status: idleStatus('en'),
  seenAtMs: 1,
};
const live = nextStatus(idleStatus('en'), {
  type: 'began',
  sessionId: '5b0f8d1e-3a44-4c8e-9f0a-1c2d3e4f5a6b',
  scene: 'beach',
  mode: 'vr',
  totalMs: 300_000,
  language: 'en',
  residentId: null,
  groupId: null,
});

describe('console wording', () => {
  it('formats times as m:ss', () => {
    expect([0, 999, 61_000, 600_000].map(clockText)).toEqual(['0:00', '0:01', '1:01', '10:00']);
    expect(clockText(null)).toBe('–');
  });

  it('says what a headset is doing, and that a lost session carries on', () => {
    expect(stateText(base)).toBe('Idle: waiting for staff');
    expect(stateText({ ...base, status: live })).toBe('In session');
    expect(stateText({ ...base, status: { ...live, paused: true } })).toBe('Paused');
    expect(stateText({ ...base, online: false, status: live })).toBe(
      'Connection lost (session carries on)',
    );
    expect(stateText({ ...base, online: false, status: null })).toBe('Offline');
    expect(stepText(live)).toBe('Introduction');
    expect(stepText({ ...live, measuring: 'before' })).toBe('Questions before the session');
    expect(stepText({ ...live, measuring: 'after' })).toBe('Questions after the session');
    expect(stepText({ ...live, measuring: null })).toBe('Introduction');
    expect(stepText({ ...live, step: 'room' })).toBe('In the social room');
    expect([0, 1, 4].map(unsentText)).toEqual([
      'All records saved',
      '1 record not yet saved',
      '4 records not yet saved',
    ]);
  });
});

describe('the session that just ended on a headset', () => {
  const ready = { ...idleStatus('en'), state: 'ready' as const };
  it('is the one the headset was in, once it reports another state or session', () => {
    const sid = live.sessionId!;
    expect(endedSession(live, idleStatus('en'))).toBe(sid);
    expect(endedSession(live, ready)).toBe(sid);
    expect(endedSession(live, { ...live, sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toBe(
      sid,
    );
    expect(endedSession(live, { ...live, paused: true })).toBeNull();
    expect(endedSession(idleStatus('en'), live)).toBeNull();
    expect(endedSession(null, idleStatus('en'))).toBeNull();
    // A dropped connection (no status) ends nothing: the headset carries on.
    expect(endedSession(live, null)).toBeNull();
  });

  it('links to the page where staff record measures and notes', () => {
    expect(recordPath(live.sessionId!)).toBe(`/console/sessions/${live.sessionId}/record`);
  });
});
