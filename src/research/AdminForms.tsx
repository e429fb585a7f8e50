import { useId, useState, type FormEvent } from 'react';
import type { AdminOverview } from './AdminApp.tsx';
import { sendJson } from './api.ts';

type Status = { kind: 'idle' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

function StatusLine({ s }: { s: Status }) {
  if (s.kind === 'idle') return null;
  return (
    <p
      role={s.kind === 'error' ? 'alert' : 'status'}
      className={s.kind === 'error' ? 'error' : 'ok'}
    >
      {s.text}
    </p>
  );
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function StudyKeys({
  keys,
  onChange,
}: {
  keys: AdminOverview['keys'];
  onChange: () => void;
}) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<{ label: string; hex: string } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const create = (e: FormEvent) => {
    e.preventDefault();
    sendJson<{ label: string; secretHex: string }>('POST', '/api/admin/study-keys', { label }).then(
      (k) => {
        setSecret({ label: k.label, hex: k.secretHex });
        setLabel('');
        setStatus({ kind: 'ok', text: `Study “${k.label}” created.` });
        onChange();
      },
      (err: unknown) => setStatus({ kind: 'error', text: message(err) }),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>Studies and their pseudonym keys</h2>
      <p className="hint">
        Each study has its own secret key: a resident has the same pseudonym in every export of one
        study and cannot be linked across studies. Researchers never see the key.
      </p>
      {keys.length === 0 ? (
        <p>No study yet: researchers cannot export until you create one.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Created</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td>{k.label}</td>
                <td>{new Date(k.createdAt).toLocaleDateString('en-GB')}</td>
                <td>
                  {k.retiredAt
                    ? `Retired ${new Date(k.retiredAt).toLocaleDateString('en-GB')}`
                    : 'Active'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={create}>
        <div className="field">
          <label htmlFor={`${id}-label`}>New study name</label>
          <input
            id={`${id}-label`}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            minLength={2}
            required
          />
        </div>
        <button type="submit">Create study key</button>
      </form>
      <StatusLine s={status} />
      {secret && (
        <div className="secret" role="note">
          <p>
            Key for <strong>{secret.label}</strong>. Keep a copy offline with the study’s records;
            it is shown here once:
          </p>
          <code>{secret.hex}</code>
        </div>
      )}
    </section>
  );
}

export function RetentionForm({
  retention,
  onChange,
}: {
  retention: AdminOverview['retention'];
  onChange: () => void;
}) {
  const id = useId();
  const [days, setDays] = useState(
    retention.eventsDays === null ? '' : String(retention.eventsDays),
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const save = (e: FormEvent) => {
    e.preventDefault();
    sendJson('PUT', '/api/admin/retention', { eventsDays: days === '' ? null : Number(days) }).then(
      () => {
        setStatus({
          kind: 'ok',
          text:
            days === ''
              ? 'Raw events are kept.'
              : `Raw events older than ${days} days will be deleted.`,
        });
        onChange();
      },
      (err: unknown) => setStatus({ kind: 'error', text: message(err) }),
    );
  };
  const purge = () => {
    sendJson<{ deleted: number }>('POST', '/api/admin/retention/purge', {}).then(
      (r) => {
        setStatus({ kind: 'ok', text: `Deleted ${r.deleted} old events.` });
        onChange();
      },
      (err: unknown) => setStatus({ kind: 'error', text: message(err) }),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>Retention of raw events</h2>
      <p className="hint">
        Breath phases, captions and pauses are deleted after this many days, every hour. Sessions
        and measures stay. Leave empty to keep them.
      </p>
      <form className="inline-form" onSubmit={save}>
        <div className="field">
          <label htmlFor={`${id}-days`}>Keep raw events for (days)</label>
          <input
            id={`${id}-days`}
            type="number"
            min={30}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <button type="submit">Save</button>
        <button
          type="button"
          className="secondary"
          onClick={purge}
          disabled={retention.eventsDays === null}
        >
          Purge now
        </button>
      </form>
      <StatusLine s={status} />
    </section>
  );
}

export function ErasureForm({
  sites,
  onChange,
}: {
  sites: AdminOverview['sites'];
  onChange: () => void;
}) {
  const id = useId();
  const [site, setSite] = useState(sites[0]?.id ?? '');
  const [code, setCode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const erase = (e: FormEvent) => {
    e.preventDefault();
    sendJson<{ sessions: number; events: number; measures: number }>('POST', '/api/admin/erasure', {
      siteId: site,
      code,
      confirm,
    }).then(
      (r) => {
        setStatus({
          kind: 'ok',
          text: `Erased ${code}: ${r.sessions} sessions, ${r.measures} measures and ${r.events} events deleted.`,
        });
        setCode('');
        setConfirm('');
        onChange();
      },
      (err: unknown) => setStatus({ kind: 'error', text: message(err) }),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>Erase a resident’s data</h2>
      <p className="hint">
        Deletes their sessions, measures and events for good. Later exports leave them out.
      </p>
      <form className="stack-form" onSubmit={erase}>
        <div className="field">
          <label htmlFor={`${id}-site`}>Site</label>
          <select id={`${id}-site`} value={site} onChange={(e) => setSite(e.target.value)}>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>Resident code</label>
          <input
            id={`${id}-code`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>Type ERASE to confirm</label>
          <input
            id={`${id}-confirm`}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            required
          />
        </div>
        <button type="submit" className="danger" disabled={confirm !== 'ERASE' || code === ''}>
          Erase
        </button>
      </form>
      <StatusLine s={status} />
    </section>
  );
}
