import { describe, expect, it } from 'vitest';
import type { ExportEvent, ExportMeta } from '../../../src/core/export/rows.ts';
import { emptyCounts, writeExport, type ExportSource } from '../../../src/core/export/writer.ts';

const META: ExportMeta = {
  generatedAt: '2026-12-01T00:00:00.000Z',
  study: { id: 's', label: 'S' },
  filters: {},
  options: { labels: false, shiftDates: false, freeText: false },
  excluded: { consentNo: 0, consentWithdrawn: 0, erased: 0, sessionsWithoutResident: 0 },
};

/** 1,000 pages of 1,000 events, made only when asked for; counts how many were pulled. */
function lazySource(): { source: ExportSource; pulled: () => number } {
  let pulled = 0;
  const source: ExportSource = {
    meta: META,
    exportId: 'e',
    sessions: async function* () {},
    measures: async function* () {},
    events: async function* () {
      for (let p = 0; p < 1000; p++) {
        pulled++;
        yield Array.from({ length: 1000 }, (_, i): ExportEvent => ({
          eventId: `${p}-${i}`,
          sessionId: 's1',
          participant: 'P-1',
          type: 'breath_phase',
          tMs: i,
          at: '2026-11-01T10:00:00.000Z',
          data: { kind: 'in', cycle: i },
        }));
      }
    },
    instrumentsUsed: () => Promise.resolve([]),
    questionnaireUuid: () => 'q',
  };
  return { source, pulled: () => pulled };
}

describe('the export writer', () => {
  it.each(['csv', 'json'] as const)(
    'yields %s chunks as it goes, pulling only the pages it needs (streams, bounded memory)',
    async (format) => {
      const { source, pulled } = lazySource();
      const req =
        format === 'csv'
          ? ({ format, table: 'events', bom: false, labels: false, freeText: false } as const)
          : ({ format, labels: false, freeText: false } as const);
      const counts = emptyCounts();
      const chunks = writeExport(req, source, { base: 'https://x.example' }, counts);
      const first = await chunks.next();
      expect(first.done).toBe(false);
      // A chunk is ~64 KB: the first one needs one page of the thousand, not the whole export.
      expect(pulled()).toBeLessThanOrEqual(2);
      expect((first.value as string).length).toBeLessThan(200_000);
      let n = 1;
      let largest = 0;
      for await (const c of chunks) {
        n++;
        largest = Math.max(largest, c.length);
      }
      expect(pulled()).toBe(1000);
      expect(counts.events).toBe(1_000_000);
      expect(n).toBeGreaterThan(100);
      expect(largest).toBeLessThan(200_000);
    },
    60_000,
  );
});
