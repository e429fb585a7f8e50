import { useRef, useState } from 'react';
import { uuidV4 } from '../../core/ids.ts';
import { postJson } from './api.ts';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * Saves one record under one id, however often staff press Save: a retry after a lost answer
 * sends the same id and timestamp, so the server stores it once (a retry is a no-op).
 */
export function useSaveOnce<P>(
  url: string,
  build: (id: string, at: string, payload: P) => unknown,
) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const attempt = useRef<{ id: string; at: string; key: string } | null>(null);
  const save = async (payload: P) => {
    const key = JSON.stringify(payload);
    if (!attempt.current) attempt.current = { id: uuidV4(), at: new Date().toISOString(), key };
    // Changed answers after a failed try: same record id, new time (the server refuses a
    // different payload under an id it already stored, and says so).
    if (attempt.current.key !== key)
      attempt.current = { ...attempt.current, at: new Date().toISOString(), key };
    setState({ kind: 'saving' });
    const r = await postJson(url, build(attempt.current.id, attempt.current.at, payload));
    if (r.ok) setState({ kind: 'saved' });
    else
      setState({
        kind: 'error',
        message:
          r.status === 409
            ? 'This was already saved with different answers, so nothing was changed.'
            : r.message,
      });
  };
  return { state, save };
}
