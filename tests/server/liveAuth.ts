import type {
  PairedHeadset,
  PairingCodeView,
  SignedIn,
  SiteView,
} from '../../src/core/schemas/auth.ts';
import { TEST_PASSWORD } from './auth.ts';

/**
 * Auth against a real running server (spawned like `npm start`): finish the first-admin setup
 * from the link the server printed, then add and pair headsets over HTTP.
 */
export interface LiveAdmin {
  baseUrl: string;
  headers: Record<string, string>;
  siteId: string;
}

/** The one-time setup token from the server's output. */
export function setupTokenFrom(output: string): string {
  const m = /\/console\/setup#([A-Za-z0-9_-]+)/.exec(output);
  if (!m) throw new Error(`the server printed no setup link:\n${output}`);
  return m[1]!;
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Chooses the first admin's password through the printed link; answers signed in. */
export async function completeSetup(
  baseUrl: string,
  output: string,
  password = TEST_PASSWORD,
): Promise<LiveAdmin> {
  const res = await fetch(`${baseUrl}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: setupTokenFrom(output), password }),
  });
  const signed = await json<SignedIn>(res, 'setup');
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const headers = { cookie, 'x-csrf-token': signed.csrfToken };
  const { sites } = await json<{ sites: SiteView[] }>(
    await fetch(`${baseUrl}/api/sites`, { headers }),
    'sites',
  );
  return { baseUrl, headers, siteId: sites[0]!.id };
}

/** Adds a headset at the admin's first site and returns its one-time pairing code. */
export async function addHeadset(admin: LiveAdmin, name: string): Promise<PairingCodeView> {
  const res = await fetch(`${admin.baseUrl}/api/headsets`, {
    method: 'POST',
    headers: { ...admin.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name, siteId: admin.siteId }),
  });
  return json<PairingCodeView>(res, 'add headset');
}

/** Adds and pairs a headset over HTTP: the device token a headset page would keep. */
export async function pairLiveHeadset(admin: LiveAdmin, name: string): Promise<PairedHeadset> {
  const { code } = await addHeadset(admin, name);
  const res = await fetch(`${admin.baseUrl}/api/headsets/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  return json<PairedHeadset>(res, 'pair');
}
