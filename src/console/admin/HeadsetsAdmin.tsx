import { useState, type FormEvent } from 'react';
import type { HeadsetView, PairingCodeView, SiteView } from '../../core/schemas/auth.ts';
import { api } from '../api.ts';
import { AdminTable, RowAction } from './AdminTable.tsx';
import { errorText, useList } from './useList.ts';

const STATUS: Record<HeadsetView['status'], string> = {
  awaiting_pairing: 'Waiting to be paired',
  paired: 'Paired',
  revoked: 'Revoked',
  unpaired: 'Not paired (code expired)',
};

/** Headsets: add one and show its pairing code large; a new code; revoke. */
export function HeadsetsAdmin() {
  const { items: sites } = useList<SiteView>('/api/sites', 'sites');
  const { items: headsets, error, reload } = useList<HeadsetView>('/api/headsets', 'headsets');
  const [name, setName] = useState('');
  const [siteId, setSiteId] = useState('');
  const [code, setCode] = useState<PairingCodeView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const site = siteId || sites?.[0]?.id || '';
  const siteName = (id: string) => sites?.find((s) => s.id === id)?.name ?? '';

  const run = async (fn: () => Promise<void>) => {
    setMessage(null);
    try {
      await fn();
      reload();
    } catch (err) {
      setMessage(errorText(err));
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      setCode(await api<PairingCodeView>('POST', '/api/headsets', { name, siteId: site }));
      setName('');
    });
  };
  const newCode = (h: HeadsetView) =>
    run(async () =>
      setCode(await api<PairingCodeView>('POST', `/api/headsets/${h.id}/pairing-code`)),
    );
  const revoke = (h: HeadsetView) => {
    if (!window.confirm(`Revoke ${h.name}? It will need pairing again.`)) return;
    void run(async () => {
      await api('POST', `/api/headsets/${h.id}/revoke`);
      setMessage(`${h.name} is revoked.`);
    });
  };

  return (
    <section aria-labelledby="headsets-title">
      <h2 id="headsets-title">Headsets</h2>
      {code && (
        <div
          className="pairing-code-card"
          role="status"
          aria-live="polite"
          data-testid="pairing-code"
        >
          <p>
            On <strong>{code.headset.name}</strong>, open Hafan, choose <em>Pair this headset</em>{' '}
            and type:
          </p>
          <p className="big-code" aria-label={`Pairing code ${code.code.split('').join(' ')}`}>
            {code.code.slice(0, 4)} {code.code.slice(4)}
          </p>
          <p className="hint">
            Works once, until{' '}
            {new Date(code.expiresAt).toLocaleTimeString([], {
              hour: '2-digit',
              minute: '2-digit',
            })}
            .
          </p>
          <button type="button" className="button quiet" onClick={() => setCode(null)}>
            Done
          </button>
        </div>
      )}
      <form className="inline-form" onSubmit={add}>
        <label htmlFor="headset-name">Name</label>
        <input
          id="headset-name"
          placeholder="Oak Lounge 2"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor="headset-site">Site</label>
        <select id="headset-site" value={site} onChange={(e) => setSiteId(e.target.value)}>
          {sites?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary">
          Add headset
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      {error && <p role="alert">{error}</p>}
      {headsets && headsets.length === 0 && <p>No headsets yet.</p>}
      {headsets && headsets.length > 0 && (
        <AdminTable
          columns={['Name', 'Site', 'Status', 'Last seen']}
          rows={headsets}
          rowKey={(h) => h.id}
          cells={(h) => [
            h.name,
            siteName(h.siteId),
            STATUS[h.status],
            h.lastSeenAt ? new Date(h.lastSeenAt).toLocaleString() : '—',
          ]}
          actions={(h) => (
            <>
              <RowAction
                label="New code"
                subject={`for ${h.name}`}
                variant="quiet"
                onClick={() => void newCode(h)}
              />
              {h.status === 'paired' && (
                <RowAction
                  label="Revoke"
                  subject={h.name}
                  variant="danger"
                  onClick={() => revoke(h)}
                />
              )}
            </>
          )}
        />
      )}
    </section>
  );
}
