import { useState, type FormEvent } from 'react';
import { t, type Lang } from '../../core/i18n/catalogue.ts';
import { PairingError, pairWithCode } from './device.ts';

const DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * Pairing, once per headset: a big keypad for the 8-digit code from the console (the field also
 * takes a keyboard). Staff usually do this before handing the headset over.
 */
export function PairingPanel({ lang, onDone }: { lang: Lang; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const type = (d: string) => setCode((c) => (c + d).replace(/\D/g, '').slice(0, DIGITS));
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (code.length !== DIGITS || busy) return;
    setBusy(true);
    setError(null);
    try {
      await pairWithCode(code);
      onDone();
    } catch (err) {
      const status = err instanceof PairingError ? err.status : 0;
      setError(
        t(
          lang,
          status === 429 ? 'pairing.tooMany' : status === 0 ? 'pairing.offline' : 'pairing.wrong',
        ),
      );
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="panel panel--centre pairing" lang={lang} data-testid="pairing">
      {/* One grid: a column on tall screens; on short ones, words left and keypad right. */}
      <form onSubmit={(e) => void submit(e)} className="pairing-grid">
        <h1>{t(lang, 'pairing.pair')}</h1>
        <p id="pairing-help">{t(lang, 'pairing.instructions')}</p>
        <input
          id="pairing-code"
          className="pairing-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          maxLength={DIGITS + 1}
          value={code.length > 4 ? `${code.slice(0, 4)} ${code.slice(4)}` : code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, DIGITS))}
          aria-describedby={error ? 'pairing-help pairing-error' : 'pairing-help'}
          aria-label={t(lang, 'pairing.codeLabel')}
        />
        {error && (
          <p id="pairing-error" role="alert" className="pairing-error">
            {error}
          </p>
        )}
        <div className="keypad">
          {KEYS.map((k) => (
            <button key={k} type="button" className="key" onClick={() => type(k)}>
              {k}
            </button>
          ))}
          <button
            type="button"
            className="key key--small"
            onClick={() => setCode((c) => c.slice(0, -1))}
          >
            {t(lang, 'pairing.delete')}
          </button>
          <button type="button" className="key" onClick={() => type('0')}>
            0
          </button>
          <button
            type="submit"
            className="key key--small primary"
            disabled={code.length !== DIGITS || busy}
            data-testid="pair-submit"
          >
            {t(lang, 'pairing.submit')}
          </button>
        </div>
        <button type="button" className="big pairing-cancel" onClick={onDone}>
          {t(lang, 'pairing.cancel')}
        </button>
      </form>
    </main>
  );
}
