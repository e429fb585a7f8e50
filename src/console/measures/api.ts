import type { ApiError } from '../../core/schemas/session.ts';

/**
 * JSON calls from the console. Cookie-authenticated writes carry the session's CSRF token (from
 * the sign-in answer or GET /api/auth/me); without accounts the header is simply absent.
 */
export type Outcome<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; message: string };

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function readCsrf(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  try {
    const res = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
    if (!res.ok) return null;
    const me = (await res.json()) as { csrfToken?: string };
    csrfToken = me.csrfToken ?? null;
  } catch {
    // No accounts on this server yet, or offline: send without the header.
  }
  return csrfToken;
}

async function answer<T>(res: Response): Promise<Outcome<T>> {
  if (res.ok) return { ok: true, status: res.status, body: (await res.json()) as T };
  let message = `${res.status} ${res.statusText}`;
  try {
    const err = (await res.json()) as ApiError;
    message =
      err.message + (err.issues?.length ? `: ${err.issues.map((i) => i.message).join('; ')}` : '');
  } catch {
    // Not JSON: keep the status line.
  }
  return { ok: false, status: res.status, message };
}

export async function postJson<T>(url: string, body: unknown): Promise<Outcome<T>> {
  const token = await readCsrf();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token ? { 'x-csrf-token': token } : {}),
      },
      body: JSON.stringify(body),
    });
    return await answer<T>(res);
  } catch (err) {
    return { ok: false, status: 0, message: `The server could not be reached (${String(err)})` };
  }
}

export async function getJson<T>(url: string): Promise<Outcome<T>> {
  try {
    return await answer<T>(await fetch(url, { headers: { Accept: 'application/json' } }));
  } catch (err) {
    return { ok: false, status: 0, message: `The server could not be reached (${String(err)})` };
  }
}
