import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../api.ts';
import { signIn } from './session.ts';

function messageFor(err: unknown): string {
  if (err instanceof ApiFailure) {
    if (err.status === 429) {
      const min = Math.max(1, Math.ceil((err.retryAfterSeconds ?? 60) / 60));
      return `Too many failed attempts. Try again in ${min} minute${min === 1 ? '' : 's'}.`;
    }
    if (err.status === 401) return 'That username and password do not match an active account.';
    return err.message;
  }
  return 'The server cannot be reached. Check the connection and try again.';
}

/** Staff sign-in: two labelled fields and one button; the browser's password manager works. */
export function SignInPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (err) {
      setError(messageFor(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page auth-page">
      <h1>Hafan console</h1>
      <form
        className="auth-form"
        onSubmit={(e) => void submit(e)}
        aria-describedby={error ? 'sign-in-error' : undefined}
      >
        <h2>Sign in</h2>
        <label htmlFor="username">Username</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p id="sign-in-error" role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">Forgotten your password? Ask an administrator for a new link.</p>
      </form>
    </main>
  );
}
