/** A resident staff can pick for a session (pseudonymous code, optional staff-only label). */
export interface ResidentChoice {
  id: string;
  code: string;
  label: string | null;
}

/**
 * The site's residents from the residents API; an empty list (guest only) when it cannot be
 * reached, so a session can always be started.
 */
export async function loadResidents(fetchImpl: typeof fetch = fetch): Promise<ResidentChoice[]> {
  try {
    const res = await fetchImpl('/api/residents', { headers: { Accept: 'application/json' } });
    if (!res.ok) return [];
    const body = (await res.json()) as { residents?: unknown };
    if (!Array.isArray(body.residents)) return [];
    return body.residents.flatMap((r: unknown) => {
      const x = r as Partial<ResidentChoice> & { erasedAt?: string | null };
      return typeof x.id === 'string' && typeof x.code === 'string' && !x.erasedAt
        ? [{ id: x.id, code: x.code, label: typeof x.label === 'string' ? x.label : null }]
        : [];
    });
  } catch {
    return [];
  }
}
