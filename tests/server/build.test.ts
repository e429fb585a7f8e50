import { describe, expect, it } from 'vitest';
import { isBuildStale } from '../../src/server/build.ts';

describe('isBuildStale', () => {
  it('rebuilds when there is no build', () => {
    expect(isBuildStale(null, [])).toBe(true);
  });
  it('rebuilds when any source is newer than the build, and not otherwise', () => {
    expect(isBuildStale(1000, [10, 999, 1000])).toBe(false);
    expect(isBuildStale(1000, [10, 1001])).toBe(true);
  });
});
