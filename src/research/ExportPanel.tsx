import { useState } from 'react';
import type { ResearchOptions } from '../core/export/summary.ts';
import { queryString } from './api.ts';
import { useResearch } from './store.ts';

const FILES = [
  {
    key: 'sessions',
    label: 'Sessions',
    detail: 'CSV, one row per session',
    q: { format: 'csv', table: 'sessions' },
  },
  {
    key: 'measures',
    label: 'Measures',
    detail: 'CSV, one row per answered item',
    q: { format: 'csv', table: 'measures' },
  },
  {
    key: 'events',
    label: 'Events',
    detail: 'CSV, one row per session event',
    q: { format: 'csv', table: 'events' },
  },
  {
    key: 'codebook',
    label: 'Codebook',
    detail: 'CSV, every column and answer code',
    q: { format: 'csv', table: 'codebook' },
  },
  {
    key: 'json',
    label: 'Everything as JSON',
    detail: 'sessions, measures and events',
    q: { format: 'json' },
  },
  {
    key: 'fhir',
    label: 'FHIR R4 Bundle',
    detail: 'Questionnaires and QuestionnaireResponses',
    q: { format: 'fhir' },
  },
] as const;

/**
 * Downloads for the current filters. Each link is a plain GET, so the browser streams the file to
 * disk while the server produces it; the server writes the audit row when the file is complete.
 */
export function ExportPanel({ options }: { options: ResearchOptions }) {
  const filters = useResearch((s) => s.filters);
  const [study, setStudy] = useState(options.studies[0]?.id ?? '');
  const [bom, setBom] = useState(false);
  const [labels, setLabels] = useState(false);
  const [shiftDates, setShiftDates] = useState(false);
  const [freeText, setFreeText] = useState(false);

  if (options.studies.length === 0) {
    return (
      <section aria-labelledby="h-export" className="card">
        <h2 id="h-export">Export</h2>
        <p role="status">
          No study has been set up yet. An admin creates a study key first; it makes the pseudonyms.
        </p>
      </section>
    );
  }
  const common = { ...filters, study, labels, shiftDates, freeText };
  return (
    <section aria-labelledby="h-export" className="card">
      <h2 id="h-export">Export</h2>
      <p className="hint">
        Residents appear under a pseudonym made with the study’s key, never their code or name.
        Every download is recorded in the audit log with your account, the filters, the row counts
        and the file’s SHA-256.
      </p>
      <div className="export-options">
        {options.studies.length > 1 && (
          <div className="field">
            <label htmlFor="x-study">Study</label>
            <select id="x-study" value={study} onChange={(e) => setStudy(e.target.value)}>
              {options.studies.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset>
          <legend>Options</legend>
          <label>
            <input type="checkbox" checked={labels} onChange={(e) => setLabels(e.target.checked)} />{' '}
            Labels instead of codes
          </label>
          <label>
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> CSV
            for Excel (byte-order mark)
          </label>
          <label>
            <input
              type="checkbox"
              checked={shiftDates}
              onChange={(e) => setShiftDates(e.target.checked)}
            />{' '}
            Shift dates per resident (intervals kept)
          </label>
          <label>
            <input
              type="checkbox"
              checked={freeText}
              onChange={(e) => setFreeText(e.target.checked)}
            />{' '}
            Include free text (may name people)
          </label>
        </fieldset>
      </div>
      <ul className="downloads">
        {FILES.map((f) => (
          <li key={f.key}>
            <a
              href={`/api/research/export${queryString({ ...common, ...f.q, bom: f.q.format === 'csv' && bom })}`}
              download
              data-export={f.key}
            >
              {f.label}
            </a>
            <span className="hint"> {f.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
