import { useEffect, useId, useState } from 'react';
import type { ResidentView } from '../../core/schemas/residents.ts';
import { api } from '../api.ts';

/**
 * Search and pick a resident in one tap: type a few letters of the code or label, tap the
 * resident. `onPick(null)` is "guest, not recorded". For the console's start flow:
 * `<ResidentPicker siteId={…} onPick={(r) => …} />`.
 */
export function ResidentPicker({
  siteId,
  onPick,
  selectedId = null,
  label = 'Find a resident',
}: {
  siteId?: string;
  onPick: (resident: ResidentView | null) => void;
  selectedId?: string | null;
  /** The search field's label (several pickers on one page each need their own). */
  label?: string;
}) {
  const searchId = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ResidentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const params = new URLSearchParams({ q, limit: '12', ...(siteId ? { siteId } : {}) });
    // A short pause after typing, so each letter does not cost a request.
    const timer = window.setTimeout(() => {
      api<{ residents: ResidentView[] }>('GET', `/api/residents?${params}`).then(
        (r) => live && (setFound(r.residents), setError(null)),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, siteId]);

  return (
    <div className="resident-picker">
      <label htmlFor={searchId}>{label}</label>
      <input
        id={searchId}
        type="search"
        autoComplete="off"
        placeholder="Code or name"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {error && <p role="alert">{error}</p>}
      <ul className="picker-list" aria-label="Residents">
        <li>
          <button
            type="button"
            className="pick"
            aria-pressed={selectedId === null}
            onClick={() => onPick(null)}
          >
            Guest <span className="hint">not recorded</span>
          </button>
        </li>
        {found?.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className="pick"
              aria-pressed={selectedId === r.id}
              onClick={() => onPick(r)}
            >
              <strong>{r.code}</strong>
              {r.label && <span> {r.label}</span>}
              {r.consent === 'no' && <span className="hint"> no research consent</span>}
              {r.consent === 'withdrawn' && <span className="hint"> consent withdrawn</span>}
            </button>
          </li>
        ))}
      </ul>
      {found && found.length === 0 && q && <p role="status">No resident matches “{q}”.</p>}
    </div>
  );
}
