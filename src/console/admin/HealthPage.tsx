import { useCallback, useEffect, useState } from 'react';
import { AdminHealthSchema, type AdminHealth } from '../../core/schemas/adminHealth.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ok'; data: AdminHealth; at: Date }
  | { state: 'denied'; status: number }
  | { state: 'error'; message: string };

const REFRESH_MS = 30_000;

function bytes(n: number | null): string {
  if (n === null) return 'unknown';
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

function since(iso: string, nowMs: number): string {
  const s = Math.max(0, (nowMs - Date.parse(iso)) / 1000);
  if (s < 90) return 'just now';
  if (s < 5400) return `${Math.round(s / 60)} minutes ago`;
  if (s < 129_600) return `${Math.round(s / 3600)} hours ago`;
  return `${Math.round(s / 86_400)} days ago`;
}

function uptime(s: number): string {
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 172_800) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86_400)} days`;
}

async function fetchHealth(): Promise<Load> {
  try {
    const res = await fetch('/api/admin/health', { headers: { Accept: 'application/json' } });
    if (res.status === 401 || res.status === 403) return { state: 'denied', status: res.status };
    if (!res.ok) return { state: 'error', message: `${res.status} ${res.statusText}` };
    return { state: 'ok', data: AdminHealthSchema.parse(await res.json()), at: new Date() };
  } catch (err) {
    return { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

/** /console/admin/health: is Hafan well? For the care home's admin and the council's IT contact. */
export function HealthPage() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const refresh = useCallback(() => {
    void fetchHealth().then(setLoad);
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  return (
    <main className="page">
      <nav className="ops-nav no-print" aria-label="Console pages">
        <a href="/console">Console</a>
        <a href="/console/quick-start">Quick-start guide</a>
      </nav>
      <h1>Hafan health</h1>
      {load.state === 'loading' && <p role="status">Checking…</p>}
      {load.state === 'denied' && (
        <p role="alert">
          {load.status === 401
            ? 'Please sign in as an administrator on the console first.'
            : 'Only administrators can see this page.'}{' '}
          <a href="/console">Go to the console</a>
        </p>
      )}
      {load.state === 'error' && (
        <p role="alert">
          The server could not be reached ({load.message}).{' '}
          <button className="ops-button" onClick={refresh}>
            Try again
          </button>
        </p>
      )}
      {load.state === 'ok' && <Report data={load.data} at={load.at} onRefresh={refresh} />}
    </main>
  );
}

function Report({ data, at, onRefresh }: { data: AdminHealth; at: Date; onRefresh: () => void }) {
  const now = at.getTime();
  const db = data.database;
  const disk = data.disk;
  const latest = data.backup.latest;
  return (
    <>
      <div
        className={`health-banner health-banner--${data.status}`}
        role="status"
        data-testid="health-status"
        data-status={data.status}
      >
        <strong>
          {data.status === 'ok' ? 'Everything looks well.' : 'Some things need attention:'}
        </strong>
        {data.warnings.length > 0 && (
          <ul>
            {data.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        )}
      </div>
      <p>
        Checked at {at.toLocaleTimeString()}.{' '}
        <button className="ops-button no-print" onClick={onRefresh}>
          Check again
        </button>
      </p>
      <div className="health-grid">
        <section className="health-card" aria-labelledby="h-server">
          <h2 id="h-server">Server</h2>
          <dl>
            <dt>Version</dt>
            <dd data-testid="health-version">{data.version}</dd>
            <dt>Running for</dt>
            <dd>{uptime(data.uptimeS)}</dd>
            <dt>Node.js</dt>
            <dd>{data.node}</dd>
          </dl>
        </section>
        <section className="health-card" aria-labelledby="h-db">
          <h2 id="h-db">Database</h2>
          <dl>
            <dt>Kind</dt>
            <dd>{db.dialect === 'sqlite' ? 'Embedded (SQLite)' : 'PostgreSQL'}</dd>
            <dt>Answers</dt>
            <dd>{db.reachable ? `yes, in ${db.latencyMs ?? '?'} ms` : 'no'}</dd>
            <dt>Size</dt>
            <dd>{bytes(db.sizeBytes)}</dd>
            <dt>Schema</dt>
            <dd>
              {db.migrationsApplied} of {db.migrationsKnown} steps
              {db.latestMigration ? ` (${db.latestMigration})` : ''}
            </dd>
            <dt>Where</dt>
            <dd>{db.description}</dd>
          </dl>
        </section>
        <section className="health-card" aria-labelledby="h-disk">
          <h2 id="h-disk">Disk</h2>
          {disk ? (
            <dl>
              <dt>Free</dt>
              <dd data-testid="health-disk">
                {bytes(disk.freeBytes)} of {bytes(disk.totalBytes)} (
                {Math.round((100 * disk.freeBytes) / disk.totalBytes)} %)
              </dd>
              <dt>Folder</dt>
              <dd>{disk.path}</dd>
            </dl>
          ) : (
            <p>Not known on this system.</p>
          )}
        </section>
        <section className="health-card" aria-labelledby="h-backup">
          <h2 id="h-backup">Last backup</h2>
          {latest ? (
            <dl>
              <dt>When</dt>
              <dd data-testid="health-backup">
                {new Date(latest.takenAt).toLocaleString()} ({since(latest.takenAt, now)})
              </dd>
              <dt>File</dt>
              <dd>
                {latest.file}, {bytes(latest.bytes)}
              </dd>
              <dt>Folder</dt>
              <dd>{data.backup.dir}</dd>
            </dl>
          ) : (
            <p data-testid="health-backup">
              None yet in {data.backup.dir}. Run <code>npm run backup</code> on the server.
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="h-headsets">
        <h2 id="h-headsets">Records waiting on headsets</h2>
        {data.headsets.list.length === 0 ? (
          <p>No headset has reported since the server started.</p>
        ) : (
          <table data-testid="health-headsets">
            <thead>
              <tr>
                <th scope="col">Headset</th>
                <th scope="col">Connected</th>
                <th scope="col">Unsent records</th>
                <th scope="col">Last heard from</th>
              </tr>
            </thead>
            <tbody>
              {data.headsets.list.map((h) => (
                <tr key={h.headsetId}>
                  <td>{h.name}</td>
                  <td>{h.online ? 'yes' : 'no'}</td>
                  <td>{h.unsent}</td>
                  <td>{h.seenAt ? since(h.seenAt, now) : 'not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          A headset keeps its records safely until it can send them; a number that stays above zero
          means that headset cannot reach the server (Wi-Fi, or its pairing).
        </p>
      </section>
    </>
  );
}
