import type { RoomView } from '../../core/social/messages.ts';

/** The console's calls to the social room routes (cookie session + CSRF header). */

let csrf: string | null = null;

async function csrfToken(): Promise<string> {
  if (csrf) return csrf;
  const r = await fetch('/api/auth/me', { headers: { accept: 'application/json' } });
  if (!r.ok)
    throw new Error(r.status === 401 ? 'Please sign in on the console first' : `${r.status}`);
  csrf = ((await r.json()) as { csrfToken: string }).csrfToken;
  return csrf;
}

export async function api<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method === 'POST') {
    headers['content-type'] = 'application/json';
    headers['x-csrf-token'] = await csrfToken();
  }
  const r = await fetch(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await r.json().catch(() => ({}))) as T & { message?: string };
  if (!r.ok) throw new Error(data.message ?? `${r.status} ${r.statusText}`);
  return data;
}

export const SCENE_NAMES = {
  'tea-party': 'Garden tea party',
  campfire: 'Campfire by the sea',
} as const;

export interface RoomSummary {
  room: { id: string; scene: 'tea-party' | 'campfire'; createdAt: string; siteId: string };
  view: RoomView | null;
}

export interface CreatedInvite {
  invite: { id: string; code: string; expiresAt: string; label: string | null };
  path: string;
}
