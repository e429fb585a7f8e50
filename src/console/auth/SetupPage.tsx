import { useEffect, useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH, type SetupLinkView } from '../../core/schemas/auth.ts';
import { ApiFailure, api } from '../api.ts';
import { completeSetup } from './session.ts';

/**
 * A one-time link (`/console/setup#token`): the person chooses their password. The token is in
 * the fragment, so it never reaches a server log; it is removed from the address once used.
 */
export function SetupPage({ onDone }: { onDone: () => void }) {
  const token = window.location.hash.slice(1);
  const [link, setLink] = useState<SetupLinkView | 'invalid' | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<SetupLinkView>('POST', '/api/auth/setup/check', { token }).then(setLink, () =>
      setLink('invalid'),
    );
  }, [token]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) {
      return setError(
        `Use at least ${PASSWORD_MIN_LENGTH} characters: three random words work well.`,
      );
    }
    if (password !== confirm) return setError('The two passwords are not the same.');
    setBusy(true);
    setError(null);
    try {
      await completeSetup(token, password);
      window.history.replaceState(null, '', '/console');
      onDone();
    } catch (err) {
      setError(
        err instanceof ApiFailure
          ? (err.body.issues?.[0]?.message ?? err.message)
          : 'The server cannot be reached. Try again.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page auth-page">
      <h1>Hafan console</h1>
      {link === null && <p role="status">Checking your link…</p>}
      {link === 'invalid' && (
        <section className="auth-form">
          <h2>This link does not work</h2>
          <p role="alert">
            It has expired or was already used. Ask an administrator for a new one.
          </p>
          <a href="/console">Go to sign in</a>
        </section>
      )}
      {link && link !== 'invalid' && (
        <form className="auth-form" onSubmit={(e) => void submit(e)}>
          <h2>{link.purpose === 'reset' ? 'Choose a new password' : 'Choose your password'}</h2>
          <p>
            For <strong>{link.displayName}</strong> (username <code>{link.username}</code>). This
            link works once.
          </p>
          <label htmlFor="new-password">New password</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            aria-describedby="password-rule"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p id="password-rule" className="hint">
            At least {PASSWORD_MIN_LENGTH} characters. Three random words are easy to remember and
            hard to guess.
          </p>
          <label htmlFor="confirm-password">The same password again</label>
          <input
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <button type="submit" className="button primary" disabled={busy}>
            Save and sign in
          </button>
        </form>
      )}
    </main>
  );
}
