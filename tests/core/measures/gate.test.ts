import { describe, expect, it } from 'vitest';
import {
  createGate,
  holdNarrative,
  narrativeAt,
  releaseNarrative,
  resetGate,
} from '../../../src/core/measures/gate.ts';

describe('the narrative gate', () => {
  it('follows session time until held, stands still while held, and resumes where it stopped', () => {
    const g = createGate();
    expect(narrativeAt(g, 1234)).toBe(1234);
    holdNarrative(g, 0);
    expect(narrativeAt(g, 0)).toBe(0);
    expect(narrativeAt(g, 40_000)).toBe(0);
    holdNarrative(g, 20_000); // a second hold request does not move the start
    releaseNarrative(g, 45_000);
    expect(narrativeAt(g, 45_000)).toBe(0);
    expect(narrativeAt(g, 46_500)).toBe(1500);
    holdNarrative(g, 100_000);
    expect(narrativeAt(g, 130_000)).toBe(55_000);
    releaseNarrative(g, 130_000);
    expect(narrativeAt(g, 131_000)).toBe(56_000);
    releaseNarrative(g, 200_000); // releasing when not held is a no-op
    expect(narrativeAt(g, 200_000)).toBe(125_000);
    resetGate(g);
    expect(narrativeAt(g, 5)).toBe(5);
  });
});
