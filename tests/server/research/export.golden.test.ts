import fs from 'node:fs';
import path from 'node:path';
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/export/csv.ts';
import type { ExportQuery } from '../../../src/core/schemas/research.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { exportText } from './builders.ts';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';
import { FORBIDDEN } from './dataset.ts';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const NOW = () => new Date('2026-12-01T09:00:00.000Z');
const EXPORT_ID = 'e0000000-0000-4000-8000-000000000001';
const ACTOR = { kind: 'user', id: null } as const;

const run = (database: Database, q: Partial<ExportQuery> & Pick<ExportQuery, 'format'>) =>
  exportText(database, ACTOR, q, {
    now: NOW,
    exportId: EXPORT_ID,
    // Small pages so the keyset paging is exercised by this small dataset.
    sessionPage: 3,
    eventPage: 4,
  });

function golden(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE || !fs.existsSync(file)) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, text);
  }
  expect(text).toBe(fs.readFileSync(file, 'utf8'));
}

const CASES: [string, Partial<ExportQuery> & Pick<ExportQuery, 'format'>][] = [
  ['sessions.csv', { format: 'csv', table: 'sessions' }],
  ['measures.csv', { format: 'csv', table: 'measures' }],
  ['events.csv', { format: 'csv', table: 'events' }],
  ['codebook.csv', { format: 'csv', table: 'codebook' }],
  ['sessions-labels-bom.csv', { format: 'csv', table: 'sessions', labels: true, bom: true }],
  ['measures-labels.csv', { format: 'csv', table: 'measures', labels: true }],
  ['measures-shifted.csv', { format: 'csv', table: 'measures', shiftDates: true }],
  ['export.json', { format: 'json' }],
  ['fhir-bundle.json', { format: 'fhir' }],
];

describe.each(TEST_DATABASES)('research exports on $name', (t) => {
  const fx = researchFixture(t, { studyKey: true });

  it.each(CASES)('%s matches its golden file', async (name, q) => {
    const { text } = await run(fx.database, q);
    golden(name, text);
  });

  it('puts every CSV column in the codebook, with its table', async () => {
    const book = parseCsv((await run(fx.database, { format: 'csv', table: 'codebook' })).text);
    expect(book[0]).toEqual([
      'variable',
      'table',
      'type',
      'label',
      'allowed_values',
      'units',
      'identifier',
    ]);
    const described = new Set(book.slice(1).map((r) => `${r[1]}.${r[0]}`));
    for (const table of ['sessions', 'measures', 'events'] as const) {
      for (const freeText of [false, true]) {
        const csv = parseCsv((await run(fx.database, { format: 'csv', table, freeText })).text);
        for (const col of csv[0]!)
          expect(described, `${table}.${col}`).toContain(`${table}.${col}`);
        // Every data row has as many fields as the header (RFC 4180 quoting held).
        for (const row of csv.slice(1)) expect(row).toHaveLength(csv[0]!.length);
      }
    }
  });

  it('never shows a site name, resident code, label, internal id or free text', async () => {
    for (const [, q] of [
      ...CASES,
      ['', { format: 'csv', table: 'events', labels: true }] as const,
    ]) {
      const { text } = await run(fx.database, q);
      for (const secret of FORBIDDEN) expect(text).not.toContain(secret);
    }
  });

  it('includes free text only when asked', async () => {
    const { text } = await run(fx.database, { format: 'csv', table: 'events', freeText: true });
    expect(text).toContain('Nurse Sian');
  });

  it('leaves out residents without consent, the erased and sessions with nobody, and says so', async () => {
    const { ex, text } = await run(fx.database, { format: 'json' });
    const json = JSON.parse(text) as { sessions: unknown[]; meta: { excluded: unknown } };
    expect(json.sessions).toHaveLength(7);
    expect(ex.meta.excluded).toEqual({
      consentNo: 1,
      consentWithdrawn: 1,
      erased: 1,
      sessionsWithoutResident: 1,
    });
    expect(json.meta.excluded).toEqual(ex.meta.excluded);
  });

  it('shifts dates per resident by whole days and keeps every interval', async () => {
    const plain = parseCsv((await run(fx.database, { format: 'csv', table: 'sessions' })).text);
    const shifted = parseCsv(
      (await run(fx.database, { format: 'csv', table: 'sessions', shiftDates: true })).text,
    );
    const col = plain[0]!.indexOf('started_at');
    const who = plain[0]!.indexOf('participant_id');
    const shiftOf = new Map<string, number>();
    for (const [i, row] of plain.slice(1).entries()) {
      const other = shifted.find((r) => r[0] === row[0])!;
      const d = Date.parse(other[col]!) - Date.parse(row[col]!);
      expect(Number.isInteger(d / 86_400_000)).toBe(true);
      expect(d).not.toBe(0);
      const seen = shiftOf.get(row[who]!);
      if (seen !== undefined) expect(d, `row ${i}`).toBe(seen);
      shiftOf.set(row[who]!, d);
      expect(other[plain[0]!.indexOf('duration_s')]).toBe(row[plain[0]!.indexOf('duration_s')]);
    }
    expect(new Set(shiftOf.values()).size).toBeGreaterThan(1);
  });

  it('filters by date, site, scene, instrument and respondent', async () => {
    const s = await run(fx.database, {
      format: 'json',
      from: '2026-11-04',
      to: '2026-11-10',
      scene: 'beach',
    });
    const j = JSON.parse(s.text) as { sessions: { started_at: string; scene: string }[] };
    expect(j.sessions.map((x) => x.started_at)).toEqual(['2026-11-10T14:00:00.000Z']);
    const m = await run(fx.database, {
      format: 'json',
      instrument: 'mood_faces',
      respondent: 'staff',
    });
    const mj = JSON.parse(m.text) as { measures: { instrument: string; respondent: string }[] };
    expect(mj.measures).toHaveLength(2);
    expect(
      mj.measures.every((x) => x.instrument === 'mood_faces' && x.respondent === 'staff'),
    ).toBe(true);
  });
});

describe('the FHIR Bundle', () => {
  const fx = researchFixture(TEST_DATABASES[0]!, { studyKey: true });
  it('passes the official FHIR R4 JSON schema and the rules the schema cannot express', async () => {
    const bundle = JSON.parse((await run(fx.database, { format: 'fhir' })).text) as FhirBundle;
    const validator = new JSONSchemaValidator();
    expect(validator.validate(bundle)).toEqual([]);
    for (const e of bundle.entry) expect(validator.validate(e.resource)).toEqual([]);
    // A broken resource is caught: the validator is not a rubber stamp.
    const broken = structuredClone(bundle);
    (broken.entry[0]!.resource as Record<string, unknown>).status = 'finished';
    expect(validator.validate(broken).length).toBeGreaterThan(0);

    expect(bundle.type).toBe('collection');
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const u of urls)
      expect(u).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const qs = bundle.entry.filter((e) => e.resource.resourceType === 'Questionnaire');
    const canonicals = new Set(qs.map((q) => `${q.resource.url}|${q.resource.version}`));
    expect(qs.map((q) => q.resource.url?.split('/').pop()).sort()).toEqual([
      'mood_faces',
      'sickness_check',
      'suds',
      'ucla3',
    ]);
    const ucla = qs.find((q) => q.resource.url?.endsWith('/ucla3'))!.resource;
    expect(ucla.code).toEqual([{ system: 'http://loinc.org', code: '106418-7' }]);
    const qrs = bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse');
    expect(qrs).toHaveLength(25);
    for (const { resource: qr } of qrs) {
      expect(canonicals).toContain(qr.questionnaire);
      expect(qr.status).toBe('completed');
      expect(qr.identifier?.value).toMatch(/^urn:uuid:3e000000-/);
      for (const item of qr.item ?? []) {
        const coding = item.answer[0]!.valueCoding;
        expect(coding.extension[0]!.url).toBe(
          'http://hl7.org/fhir/StructureDefinition/ordinalValue',
        );
        expect(typeof coding.extension[0]!.valueDecimal).toBe('number');
      }
    }
  });
});

interface FhirBundle {
  resourceType: 'Bundle';
  type: string;
  entry: {
    fullUrl: string;
    resource: {
      resourceType: string;
      url?: string;
      version?: string;
      code?: unknown;
      status?: string;
      questionnaire?: string;
      identifier?: { value: string };
      item?: {
        linkId: string;
        answer: { valueCoding: { extension: { url: string; valueDecimal: number }[] } }[];
      }[];
    };
  }[];
}
