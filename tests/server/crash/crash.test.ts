import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crashHarness.ts';

describe('ingest survives SIGKILL (short run; `npm run bench:crash` does 200 kills)', () => {
  it('keeps every acknowledged event and stores no duplicate after retries', async () => {
    const r = await runCrashTest(8, 42);
    expect(r.kills).toBe(8);
    expect(r.acknowledged).toBeGreaterThan(0);
    expect(r.lostAcknowledged).toBe(0);
    expect(r.duplicates).toBe(0);
    expect(r.stored).toBe(r.acknowledged);
  }, 120_000);
});
