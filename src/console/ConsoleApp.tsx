import { useEffect, useState } from 'react';
import type { SessionRecord } from '../core/schemas/session.ts';
import { useConsoleHub } from './live/consoleHub.ts';
import { recordPath } from './live/format.ts';
import { LiveConsole } from './live/LiveConsole.tsx';
import './ops.css';

interface Health {
  status: string;
  version: string;
  database: string;
}

type Load<T> =
  { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; message: string };

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

const END_LABELS: Record<string, string> = {
  completed: 'Completed',
  exited_by_resident: 'Left early (resident)',
  interrupted: 'Interrupted',
};

/**
 * The care-staff console. For now: server status and the most recent sessions; sign-in, headsets
 * and live supervision build on this page. React DOM only: it loads no three.js.
 */
export function ConsoleApp() {
  const [health, setHealth] = useState<Load<Health>>({ state: 'loading' });
  const [sessions, setSessions] = useState<Load<SessionRecord[]>>({ state: 'loading' });
  // A session ending on a headset reloads the list, so staff can record for it at once.
  const sessionsEnded = useConsoleHub((s) => s.sessionsEnded);

  useEffect(() => {
    getJson<Health>('/api/health').then(
      (data) => setHealth({ state: 'ok', data }),
      (e: unknown) => setHealth({ state: 'error', message: String(e) }),
    );
  }, []);
  useEffect(() => {
    let live = true;
    // The headset's last records may reach the server a moment after it reports the end.
    const timer = window.setTimeout(
      () =>
        getJson<{ sessions: SessionRecord[] }>('/api/sessions?limit=20').then(
          (data) => live && setSessions({ state: 'ok', data: data.sessions }),
          (e: unknown) => live && setSessions({ state: 'error', message: String(e) }),
        ),
      sessionsEnded === 0 ? 0 : 1500,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [sessionsEnded]);

  return (
    <main className="page">
      <header>
        <h1>Hafan console</h1>
        <nav className="ops-nav" aria-label="Guides and administration">
          <a href="/console/quick-start">Quick-start guide for staff</a>
          <a href="/console/admin/health">Server health (admins)</a>
        </nav>
        <p role="status">
          {health.state === 'ok'
            ? `Server ${health.data.status}, version ${health.data.version}, ${health.data.database} database`
            : health.state === 'error'
              ? `Server unreachable: ${health.message}`
              : 'Checking the server…'}
        </p>
      </header>
      <LiveConsole />
      <section aria-labelledby="recent">
        <h2 id="recent">Recent sessions</h2>
        {sessions.state === 'loading' && <p>Loading…</p>}
        {sessions.state === 'error' && (
          <p role="alert">Could not load sessions: {sessions.message}</p>
        )}
        {sessions.state === 'ok' && sessions.data.length === 0 && <p>No sessions yet.</p>}
        {sessions.state === 'ok' && sessions.data.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Scene</th>
                <th scope="col">Length</th>
                <th scope="col">Language</th>
                <th scope="col">Outcome</th>
                <th scope="col">After the session</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <td>{new Date(s.startedAt).toLocaleString()}</td>
                  <td>{s.scene}</td>
                  <td>{s.lengthMin} min</td>
                  <td>{s.language === 'cy' ? 'Cymraeg' : 'English'}</td>
                  <td>{s.endReason ? END_LABELS[s.endReason] : 'In progress'}</td>
                  <td>
                    <a href={recordPath(s.id)}>
                      Record
                      <span className="visually-hidden">
                        {' '}
                        measures and notes for the {s.scene} session at{' '}
                        {new Date(s.startedAt).toLocaleTimeString()}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
