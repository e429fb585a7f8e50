import { useId, useState, type FormEvent } from 'react';
import { ApiError, rememberCsrf, sendJson } from './api.ts';

/** Sign-in for the research pages, with the same accounts as the console. */
export function SignIn({ role, onSignedIn }: { role: string; onSignedIn: () => void }) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    sendJson<{ csrfToken: string }>('POST', '/api/auth/sign-in', { username, password }).then(
      (r) => {
        rememberCsrf(r.csrfToken);
        setBusy(false);
        onSignedIn();
      },
      (err: unknown) => {
        setBusy(false);
        setError(
          err instanceof ApiError && err.status === 401
            ? 'That username and password do not match an account.'
            : err instanceof Error
              ? err.message
              : String(err),
        );
      },
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card sign-in">
      <h2 id={`${id}-h`}>Sign in</h2>
      <p className="hint">Use your {role} account.</p>
      <form className="stack-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-user`}>Username</label>
          <input
            id={`${id}-user`}
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pass`}>Password</label>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
