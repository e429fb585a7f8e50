import { describe, expect, it } from 'vitest';
import { createBreathState, phaseAt } from '../../../src/core/breathing/phase.ts';
import {
  PATTERN_IDS,
  PATTERNS,
  breathsPerMinute,
  cycleMs,
} from '../../../src/core/breathing/patterns.ts';

const HOUR_MS = 60 * 60 * 1000;

describe.each(PATTERN_IDS)('breathing pattern %s', (id) => {
  const pattern = PATTERNS[id];
  const total = cycleMs(pattern);

  it('starts each phase exactly at its boundary, in every cycle of an hour', () => {
    const out = createBreathState();
    for (let cycle = 0; cycle * total < HOUR_MS; cycle++) {
      let start = cycle * total;
      pattern.phases.forEach((phase, index) => {
        const at = phaseAt(pattern, start, out);
        expect(at.index).toBe(index);
        expect(at.kind).toBe(phase.kind);
        expect(at.cycle).toBe(cycle);
        expect(at.progress).toBe(0);
        expect(at.phaseStartMs).toBe(start);
        expect(at.phaseEndMs).toBe(start + phase.ms);
        // One millisecond earlier is still the previous phase.
        if (start > 0) expect(phaseAt(pattern, start - 1).phaseEndMs).toBe(start);
        start += phase.ms;
      });
    }
  });

  it('shows zero drift after an hour: the phase at t equals the phase at t mod cycle', () => {
    for (let t = 0; t <= HOUR_MS; t += 997) {
      const late = phaseAt(pattern, t);
      const early = phaseAt(pattern, t % total);
      expect(late.index).toBe(early.index);
      expect(late.progress).toBeCloseTo(early.progress, 12);
      expect(late.fill).toBeCloseTo(early.fill, 12);
      expect(late.phaseStartMs - early.phaseStartMs).toBe(Math.floor(t / total) * total);
    }
    const endOfHour = phaseAt(pattern, HOUR_MS);
    expect(endOfHour.cycle).toBe(Math.floor(HOUR_MS / total));
  });

  it('fills on the in-breath and empties on the out-breath, continuously', () => {
    let prev = phaseAt(pattern, 0).fill;
    for (let t = 0; t < total * 2; t += 10) {
      const s = phaseAt(pattern, t);
      expect(s.fill).toBeGreaterThanOrEqual(0);
      expect(s.fill).toBeLessThanOrEqual(1);
      // No jumps: the guide never snaps (10 ms steps change the fill by under 2%).
      expect(Math.abs(s.fill - prev)).toBeLessThan(0.02);
      if (s.kind === 'in' && s.progress > 0.99) expect(s.fill).toBeGreaterThan(0.75);
      if (s.kind === 'out' && s.progress > 0.99) expect(s.fill).toBeLessThan(0.01);
      prev = s.fill;
    }
  });

  it('treats negative time as the start', () => {
    expect(phaseAt(pattern, -500)).toEqual(phaseAt(pattern, 0));
  });
});

describe('pattern timings (../shared/CONTENT.md)', () => {
  it('coherent breathing is about 5.5 breaths a minute with exhale at least as long as inhale', () => {
    const p = PATTERNS.coherent;
    expect(breathsPerMinute(p)).toBeGreaterThan(5.4);
    expect(breathsPerMinute(p)).toBeLessThan(5.6);
    const inhale = p.phases.find((x) => x.kind === 'in')!.ms;
    const exhale = p.phases.find((x) => x.kind === 'out')!.ms;
    expect(exhale).toBeGreaterThanOrEqual(inhale);
    expect(p.hasHold).toBe(false);
  });

  it('has the published timings for every other pattern', () => {
    const secs = (id: keyof typeof PATTERNS) =>
      PATTERNS[id].phases.map((p) => `${p.kind}:${p.ms / 1000}`).join(' ');
    expect(secs('extended_exhale')).toBe('in:4 out:6');
    expect(secs('box')).toBe('in:4 hold_in:4 out:4 hold_out:4');
    expect(secs('four_seven_eight')).toBe('in:4 hold_in:7 out:8');
    expect(PATTERNS.cyclic_sigh.phases.map((p) => p.kind)).toEqual(['in', 'top_up', 'out']);
    expect(breathsPerMinute(PATTERNS.extended_exhale)).toBe(6);
    expect(breathsPerMinute(PATTERNS.box)).toBe(3.75);
  });

  it('writes into the given object without allocating a new one', () => {
    const out = createBreathState();
    expect(phaseAt(PATTERNS.box, 5000, out)).toBe(out);
    expect(out.kind).toBe('hold_in');
  });
});
