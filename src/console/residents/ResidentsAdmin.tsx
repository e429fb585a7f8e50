import { useState, type FormEvent } from 'react';
import type { Consent } from '../../core/schemas/accounts.ts';
import type { SiteView } from '../../core/schemas/auth.ts';
import type { ResidentView } from '../../core/schemas/residents.ts';
import { api } from '../api.ts';
import { errorText, useList } from '../admin/useList.ts';
import { ResidentPicker } from './ResidentPicker.tsx';

const CONSENT: Record<Consent, string> = { yes: 'Yes', no: 'No', withdrawn: 'Withdrawn' };

/** Residents: add one, find one, change label, language, caption size, notes and consent. */
export function ResidentsAdmin() {
  const { items: sites } = useList<SiteView>('/api/sites', 'sites');
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [picked, setPicked] = useState<ResidentView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const siteId = sites?.[0]?.id;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await api<ResidentView>('POST', '/api/residents', {
        siteId,
        code,
        label: label.trim() || null,
      });
      setMessage(`Added ${r.code}.`);
      setCode('');
      setLabel('');
      setPicked(r);
      setVersion((v) => v + 1);
    } catch (err) {
      setMessage(errorText(err));
    }
  };
  const update = async (patch: object) => {
    if (!picked) return;
    try {
      setPicked(await api<ResidentView>('PATCH', `/api/residents/${picked.id}`, patch));
      setMessage('Saved.');
    } catch (err) {
      setMessage(errorText(err));
    }
  };

  return (
    <section aria-labelledby="residents-title">
      <h2 id="residents-title">Residents</h2>
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label htmlFor="resident-code">Code</label>
        <input
          id="resident-code"
          required
          placeholder="R-014"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <label htmlFor="resident-label">Label for staff (optional)</label>
        <input
          id="resident-label"
          placeholder="Mair, room 12"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={!siteId}>
          Add resident
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      <ResidentPicker key={version} onPick={setPicked} selectedId={picked?.id ?? null} />
      {picked && (
        <div className="resident-card" data-testid="resident-card">
          <h3>
            {picked.code} {picked.label && <span className="hint">{picked.label}</span>}
          </h3>
          <fieldset>
            <legend>Research consent</legend>
            {(Object.keys(CONSENT) as Consent[]).map((c) => (
              <label key={c} className="radio">
                <input
                  type="radio"
                  name="consent"
                  checked={picked.consent === c}
                  onChange={() => void update({ consent: c })}
                />
                {CONSENT[c]}
              </label>
            ))}
            {picked.consentAt && (
              <p className="hint">Since {new Date(picked.consentAt).toLocaleDateString()}</p>
            )}
          </fieldset>
          <fieldset>
            <legend>Language</legend>
            {(['en', 'cy'] as const).map((l) => (
              <label key={l} className="radio">
                <input
                  type="radio"
                  name="language"
                  checked={picked.preferences.language === l}
                  onChange={() =>
                    void update({ preferences: { ...picked.preferences, language: l } })
                  }
                />
                {l === 'en' ? 'English' : 'Cymraeg'}
              </label>
            ))}
          </fieldset>
          <label htmlFor="comfort-notes">Comfort notes</label>
          <textarea
            id="comfort-notes"
            defaultValue={picked.preferences.comfortNotes ?? ''}
            key={picked.id}
            onBlur={(e) =>
              void update({ preferences: { ...picked.preferences, comfortNotes: e.target.value } })
            }
          />
        </div>
      )}
    </section>
  );
}
