import type { ReactNode } from 'react';
import { signOut, useConsoleSession } from './auth/session.ts';

const ROLE_LABEL = { staff: 'Care staff', researcher: 'Researcher', admin: 'Administrator' };

/** The signed-in frame around every console page: who is signed in, where to go, sign out. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const me = useConsoleSession((s) => s.me);
  if (!me) return null;
  const path = window.location.pathname;
  const link = (href: string, label: string) => (
    <a href={href} aria-current={path === href ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <div className="console-shell">
      <header className="console-bar">
        <nav aria-label="Console">
          {link('/console', 'Sessions')}
          {me.user.role === 'admin' && link('/console/admin', 'Admin')}
        </nav>
        <p className="who">
          {me.user.displayName} <span className="role">{ROLE_LABEL[me.user.role]}</span>
        </p>
        <div className="bar-actions">
          <button type="button" className="button" onClick={() => void signOut()}>
            Sign out
          </button>
          <button type="button" className="button quiet" onClick={() => void signOut(true)}>
            Sign out everywhere
          </button>
        </div>
      </header>
      {children}
    </div>
  );
}
