import { describe, expect, it } from 'vitest';
import { createUpdateGate } from '../../../src/core/offline/updateGate.ts';

function gate(idle: boolean) {
  const applied: number[] = [];
  const g = createUpdateGate({ idle, apply: () => applied.push(1) });
  return { g, applied };
}

describe('update gate', () => {
  it('applies a waiting build at once when the app is idle', () => {
    const { g, applied } = gate(true);
    g.updateWaiting();
    expect(applied).toHaveLength(1);
    expect(g.state).toBe('applied');
  });

  it('never applies during a session, only once the app is idle again', () => {
    const { g, applied } = gate(false);
    g.updateWaiting();
    expect(applied).toHaveLength(0);
    expect(g.state).toBe('waiting');
    g.activityChanged(false); // still in the session, then the thank-you screen
    g.activityChanged(false);
    expect(applied).toHaveLength(0);
    g.activityChanged(true);
    expect(applied).toHaveLength(1);
  });

  it('does nothing without an update, and applies at most once', () => {
    const { g, applied } = gate(true);
    g.activityChanged(false);
    g.activityChanged(true);
    expect(applied).toHaveLength(0);
    expect(g.state).toBe('current');
    g.updateWaiting();
    g.updateWaiting();
    g.activityChanged(false);
    g.activityChanged(true);
    expect(applied).toHaveLength(1);
  });

  it('keeps a build found while busy waiting through many stage changes', () => {
    const { g, applied } = gate(true);
    g.activityChanged(false);
    g.updateWaiting();
    for (let i = 0; i < 5; i++) g.activityChanged(false);
    expect(applied).toHaveLength(0);
    g.activityChanged(true);
    expect(applied).toHaveLength(1);
  });
});
