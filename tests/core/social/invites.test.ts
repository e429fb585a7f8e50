import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInviteCode,
  generateInviteCode,
  INVITE_ALPHABET,
  inviteExpiry,
  inviteStatus,
  MAX_INVITE_TTL_MIN,
  normaliseInviteCode,
} from '../../../src/core/social/invites.ts';

describe('invite codes', () => {
  it('are eight characters without look-alikes, and survive how people type them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (seed) => {
        let calls = 0;
        const code = generateInviteCode((b) => {
          for (let i = 0; i < b.length; i++) b[i] = (seed[i]! + calls * 37) & 0xff;
          calls++;
        });
        expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
        expect(normaliseInviteCode(formatInviteCode(code))).toBe(code);
        expect(normaliseInviteCode(` ${formatInviteCode(code).toLowerCase()} `)).toBe(code);
      }),
    );
    expect(INVITE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('refuses things that cannot be a code', () => {
    for (const bad of ['', 'ABC', 'ABCD-EFGHJ', 'ABCD-EF0H', 'AB<D-EFGH', 'x'.repeat(100)]) {
      expect(normaliseInviteCode(bad)).toBeNull();
    }
  });

  it('draws every character about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      for (const ch of generateInviteCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    const expected = (4000 * 8) / INVITE_ALPHABET.length;
    expect(counts.size).toBe(INVITE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.25);
  });

  it('expire, can be revoked, and never last more than a week', () => {
    const invite = {
      code: 'ABCDEFGH',
      roomId: 'r',
      createdAtMs: 0,
      expiresAtMs: 1000,
      revokedAtMs: null,
    };
    expect(inviteStatus(invite, 999)).toBe('valid');
    expect(inviteStatus(invite, 1000)).toBe('expired');
    expect(inviteStatus({ ...invite, revokedAtMs: 500 }, 600)).toBe('revoked');
    expect(inviteExpiry(0, 10 * MAX_INVITE_TTL_MIN)).toBe(MAX_INVITE_TTL_MIN * 60_000);
    expect(inviteExpiry(0, -5)).toBe(60_000);
  });
});
