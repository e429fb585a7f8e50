import { useEffect } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ResidentView } from '../../core/schemas/residents.ts';
import { api } from '../api.ts';

/**
 * How staff recognise the resident in a headset: "Mair (R-0012)", from the residents API, looked
 * up once per resident while the console is open. Null while unknown (or not visible to us).
 */
const names = createStore<Record<string, string | null>>(() => ({}));
const asked = new Set<string>();

export function residentName(r: Pick<ResidentView, 'code' | 'label'>): string {
  return r.label ? `${r.label} (${r.code})` : r.code;
}

export function useResidentName(residentId: string | null): string | null {
  const name = useStore(names, (s) => (residentId ? (s[residentId] ?? null) : null));
  useEffect(() => {
    if (!residentId || asked.has(residentId)) return;
    asked.add(residentId);
    api<ResidentView>('GET', `/api/residents/${encodeURIComponent(residentId)}`).then(
      (r) => names.setState({ [residentId]: residentName(r) }),
      () => asked.delete(residentId), // try again next time the card shows it
    );
  }, [residentId]);
  return name;
}
