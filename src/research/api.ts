/** Small fetch helpers for the research pages: same-origin cookies, JSON, readable errors. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

/** A query string from the values that are set (empty strings and false are left out). */
export function queryString(params: Record<string, string | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || v === false) continue;
    q.set(k, v === true ? 'true' : v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

let csrf: Promise<string | null> | null = null;

/** After signing in, the answer's CSRF token is the one to send. */
export function rememberCsrf(token: string): void {
  csrf = Promise.resolve(token);
}

/** The CSRF token of the signed-in session (GET /api/auth/me), fetched once. */
function csrfToken(): Promise<string | null> {
  csrf ??= fetch('/api/auth/me', { credentials: 'same-origin' })
    .then((r) => (r.ok ? (r.json() as Promise<{ csrfToken?: string }>) : null))
    .then((b) => b?.csrfToken ?? null)
    .catch(() => null);
  return csrf;
}

/** A state-changing JSON request with the CSRF header the server requires of cookie sessions. */
export async function sendJson<T>(method: 'POST' | 'PUT', url: string, body: unknown): Promise<T> {
  const token = await csrfToken();
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const b = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(res.status, b?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}
