import { describe, expect, it } from 'vitest';
import { avatarLabel } from '../../../src/core/social/avatarLabel.ts';

const words = { muted: 'Muted', staff: 'Staff' };

describe('an avatar’s name label', () => {
  it('is just the name for a resident or a guest', () => {
    expect(avatarLabel({ name: 'Mair', kind: 'resident', muted: false }, words)).toBe('Mair');
    expect(avatarLabel({ name: 'Siân', kind: 'guest', muted: false }, words)).toBe('Siân');
  });

  it('says a member of staff is staff, and who is muted', () => {
    expect(avatarLabel({ name: 'Gwen', kind: 'staff', muted: false }, words)).toBe('Gwen (Staff)');
    expect(avatarLabel({ name: 'Gwen', kind: 'staff', muted: true }, words)).toBe(
      'Gwen (Staff) · Muted',
    );
    expect(avatarLabel({ name: 'Mair', kind: 'resident', muted: true }, words)).toBe(
      'Mair · Muted',
    );
    expect(avatarLabel({ name: 'Staff', kind: 'staff', muted: false }, words)).toBe('Staff');
  });
});
