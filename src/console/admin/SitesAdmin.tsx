import { useState, type FormEvent } from 'react';
import type { SiteView } from '../../core/schemas/auth.ts';
import { api } from '../api.ts';
import { errorText, useList } from './useList.ts';

/** Care homes and venues: add one, rename one. */
export function SitesAdmin() {
  const { items: sites, error, reload } = useList<SiteView>('/api/sites', 'sites');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('POST', '/api/sites', { name });
      setMessage(`Added ${name}.`);
      setName('');
      reload();
    } catch (err) {
      setMessage(errorText(err));
    }
  };
  const rename = async (site: SiteView) => {
    const next = window.prompt(`New name for ${site.name}`, site.name);
    if (!next || next === site.name) return;
    try {
      await api('PATCH', `/api/sites/${site.id}`, { name: next });
      reload();
    } catch (err) {
      setMessage(errorText(err));
    }
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      {error && <p role="alert">{error}</p>}
      <ul className="plain-list">
        {sites?.map((s) => (
          <li key={s.id}>
            <span>{s.name}</span>
            <button type="button" className="button quiet" onClick={() => void rename(s)}>
              Rename<span className="visually-hidden"> {s.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label htmlFor="site-name">New site</label>
        <input id="site-name" required value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button">
          Add site
        </button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
