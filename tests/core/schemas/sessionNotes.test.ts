import { describe, expect, it } from 'vitest';
import { SessionNoteSchema } from '../../../src/core/schemas/sessionNotes.ts';

const note = (over: Record<string, unknown> = {}) => ({
  id: '0b6d1c8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
  observations: ['enjoyed', 'calm'],
  notedAt: '2026-12-01T12:00:00.000Z',
  ...over,
});

describe('session notes', () => {
  it('accept observations with an optional short text, trimmed', () => {
    expect(SessionNoteSchema.parse(note())).toMatchObject({ text: '' });
    expect(SessionNoteSchema.parse(note({ text: '  smiled at the waves ' })).text).toBe(
      'smiled at the waves',
    );
    expect(SessionNoteSchema.parse(note({ observations: [], text: 'dozed' })).observations).toEqual(
      [],
    );
  });

  it.each([
    ['nothing at all', note({ observations: [] })],
    ['an unknown observation', note({ observations: ['bored'] })],
    ['the same observation twice', note({ observations: ['calm', 'calm'] })],
    ['"other" without saying what', note({ observations: ['other'] })],
    ['a text that is too long', note({ text: 'x'.repeat(501) })],
    ['an unknown field', note({ resident: 'R-1' })],
    ['a bad date', note({ notedAt: 'yesterday' })],
  ])('refuse %s', (_what, value) => {
    expect(SessionNoteSchema.safeParse(value).success).toBe(false);
  });
});
