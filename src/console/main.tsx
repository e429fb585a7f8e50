import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './ConsoleApp.tsx';
import { ConsoleShell } from './ConsoleShell.tsx';
import { AdminPage } from './admin/AdminPage.tsx';
import { SetupPage } from './auth/SetupPage.tsx';
import { SignInPage } from './auth/SignInPage.tsx';
import { loadSession, useConsoleSession } from './auth/session.ts';
import { SessionRecordPage } from './measures/SessionRecordPage.tsx';
import '../styles-pages.css';
import './console.css';

/** /console/sessions/<id>/record: staff measures and notes after a session. */
const RECORD_PATH = /^\/console\/sessions\/([0-9a-f-]{36})\/record\/?$/;

/** Routes the console: a setup link, sign-in, then the page for the path (admin or sessions). */
function ConsoleRoot() {
  const [path, setPath] = useState(window.location.pathname);
  const state = useConsoleSession((s) => s.state);
  const role = useConsoleSession((s) => s.me?.user.role);
  const record = RECORD_PATH.exec(path);
  useEffect(() => {
    if (path !== '/console/setup') void loadSession();
  }, [path]);
  if (path === '/console/setup') return <SetupPage onDone={() => setPath('/console')} />;
  if (state === 'loading') return <p role="status">Loading…</p>;
  if (state === 'signed_out') return <SignInPage />;
  return (
    <ConsoleShell>
      {record ? (
        <SessionRecordPage sessionId={record[1]!} />
      ) : path.startsWith('/console/admin') ? (
        role === 'admin' ? (
          <AdminPage />
        ) : (
          <main className="page">
            <h1>Administration</h1>
            <p role="alert">Only administrators can open this page.</p>
          </main>
        )
      ) : (
        <ConsoleApp />
      )}
    </ConsoleShell>
  );
}

export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ConsoleRoot />
    </StrictMode>,
  );
}
