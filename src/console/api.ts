import type { ApiError } from '../core/schemas/session.ts';

/**
 * The console's calls to the API: JSON in and out, the session cookie sent by the browser, and
 * the CSRF token (from sign-in or /api/auth/me) on every state-changing request.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ApiError>,
    readonly retryAfterSeconds: number | null,
  ) {
    super(body.message ?? `Request failed (${status})`);
  }
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const retry = res.headers.get('Retry-After');
    throw new ApiFailure(
      res.status,
      (json ?? {}) as Partial<ApiError>,
      retry ? Number(retry) : null,
    );
  }
  return json as T;
}
