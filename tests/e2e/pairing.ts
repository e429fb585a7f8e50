import type { BrowserContext, Page } from 'playwright-core';
import type { PairedHeadset } from '../../src/core/schemas/auth.ts';
import { completeSetup, pairLiveHeadset, type LiveAdmin } from '../server/liveAuth.ts';
import type { RunningServer } from './server.ts';

/**
 * Auth for browser tests against the real server: the first admin (set up from the link the
 * server printed), headsets paired through the API, and headset pages that start paired (their
 * device token in localStorage, as the pairing keypad leaves it).
 */
const admins = new WeakMap<RunningServer, Promise<LiveAdmin>>();

/** The server's first admin, signed in (set up on first use). */
export function adminOf(server: RunningServer): Promise<LiveAdmin> {
  let a = admins.get(server);
  if (!a) {
    a = completeSetup(server.url, server.output());
    admins.set(server, a);
  }
  return a;
}

/** GET an API path as the admin; throws unless it answers 2xx. */
export async function apiGet<T>(server: RunningServer, path: string): Promise<T> {
  const admin = await adminOf(server);
  const res = await fetch(`${server.url}${path}`, { headers: admin.headers });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** POST JSON to an API path as the admin (same origin, as a browser would); throws unless 2xx. */
export async function apiPost<T>(server: RunningServer, path: string, body: unknown): Promise<T> {
  const admin = await adminOf(server);
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { ...admin.headers, 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const DEVICE_KEY = 'hafan.device';

/**
 * Pairs a new headset and makes every page of `target` (a page, or a whole context) open as
 * that headset. Call before the page navigates.
 */
export async function pairHeadsetPage(
  target: Page | BrowserContext,
  server: RunningServer,
  name = 'Oak Lounge 2',
): Promise<PairedHeadset> {
  const paired = await pairLiveHeadset(await adminOf(server), name);
  await target.addInitScript(
    ([key, value]) => {
      // Only the first load: a test may forget or re-pair the device afterwards.
      if (!sessionStorage.getItem('hafan.test.paired')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('hafan.test.paired', '1');
      }
    },
    [DEVICE_KEY, JSON.stringify(paired)] as const,
  );
  return paired;
}
