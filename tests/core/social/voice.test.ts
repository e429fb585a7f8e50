import { describe, expect, it } from 'vitest';
import type { MemberView } from '../../../src/core/social/messages.ts';
import {
  isOfferer,
  MESH_MAX_SPEAKERS,
  spatialMix,
  voiceMembers,
} from '../../../src/core/social/voice.ts';

const member = (i: number, status: MemberView['status'] = 'admitted'): MemberView => ({
  id: `m${i}`,
  kind: 'guest',
  name: `M${i}`,
  colour: 'sage',
  status,
  seat: status === 'admitted' ? i : null,
  muted: false,
  mutedByStaff: false,
});

describe('the voice mesh', () => {
  it('holds at most six seated speakers, never someone still waiting', () => {
    const members = [member(9, 'waiting'), ...Array.from({ length: 8 }, (_, i) => member(i + 1))];
    const voice = voiceMembers(members);
    expect(voice).toHaveLength(MESH_MAX_SPEAKERS);
    expect(voice.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
  });

  it('has exactly one offerer in every pair', () => {
    expect(isOfferer('a', 'b')).not.toBe(isOfferer('b', 'a'));
  });
});

describe('cheap spatial voice', () => {
  const mix = (x: number, z: number) => spatialMix(x, z, { pan: 0, gain: 0 });

  it('pans a voice to the side it comes from, never fully into one ear', () => {
    expect(mix(1, 0).pan).toBeCloseTo(0.8);
    expect(mix(-1, 0).pan).toBeCloseTo(-0.8);
    expect(mix(0, -2).pan).toBeCloseTo(0);
    expect(mix(0.5, -1).pan).toBeGreaterThan(0);
    expect(mix(0, 0).pan).toBe(0);
  });

  it('keeps near voices at life size and lets far ones fall off gently', () => {
    expect(mix(0, -1).gain).toBe(1);
    expect(mix(0, -1.5).gain).toBe(1);
    expect(mix(0, -3).gain).toBeCloseTo(0.5);
    expect(mix(0, -2.7).gain).toBeGreaterThan(mix(0, -4).gain);
  });
});
