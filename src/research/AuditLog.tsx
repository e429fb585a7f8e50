import { useEffect, useId, useState } from 'react';
import { getJson, queryString } from './api.ts';

interface Entry {
  id: string;
  at: string;
  actorKind: string;
  actorName: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

const ACTIONS = [
  '',
  'export',
  'erasure',
  'retention_changed',
  'retention_purge',
  'study_key_created',
  'sign_in',
  'sign_in_failed',
  'role_changed',
  'consent_changed',
];

/** What a row says, briefly: export rows show format, rows and the file's SHA-256. */
function summary(e: Entry): string {
  const d = e.details;
  if (e.action === 'export') {
    const rows = d.rows as Record<string, number> | undefined;
    const counted = rows
      ? Object.entries(rows)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')
      : '';
    const filters = Object.entries((d.filters as Record<string, string>) ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    return `${String(d.format)}${d.table ? ` ${String(d.table)}` : ''}, ${String(d.status)}; ${counted || 'no rows'}${filters ? `; ${filters}` : ''}; SHA-256 ${String(d.sha256 ?? '–').slice(0, 16)}…`;
  }
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

export function AuditLog({ version }: { version: number }) {
  const id = useId();
  const [action, setAction] = useState('');
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getJson<{ entries: Entry[] }>(`/api/admin/audit${queryString({ limit: '100', action })}`).then(
      (r) => setEntries(r.entries),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [action, version]);
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>Audit log</h2>
      <p className="hint">
        Append-only: the database refuses to change or delete a row. Newest first.
      </p>
      <div className="field narrow">
        <label htmlFor={`${id}-action`}>Show</label>
        <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value)}>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a === '' ? 'Everything' : a.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      {error && <p role="alert">Could not load the audit log: {error}</p>}
      {entries && entries.length === 0 && <p>Nothing recorded yet.</p>}
      {entries && entries.length > 0 && (
        <table className="audit">
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{e.at.slice(0, 19).replace('T', ' ')}</td>
                <td>{e.actorName ?? e.actorKind}</td>
                <td>{e.action.replace(/_/g, ' ')}</td>
                <td className="details">{summary(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
