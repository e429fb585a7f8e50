import { useCallback, useEffect, useState } from 'react';
import { api } from '../api.ts';

/** A list from the API, with a reload after each change. */
export function useList<T>(url: string, key: string) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    api<Record<string, T[]>>('GET', url).then(
      (r) => {
        setItems(r[key] ?? []);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [url, key]);
  useEffect(reload, [reload]);
  return { items, error, reload };
}

export function errorText(err: unknown): string {
  if (err instanceof Error) {
    const issues = (err as { body?: { issues?: { message: string }[] } }).body?.issues;
    return issues?.length ? issues.map((i) => i.message).join('; ') : err.message;
  }
  return String(err);
}
