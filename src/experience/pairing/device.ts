import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { HeadsetIdentity, PairedHeadset } from '../../core/schemas/auth.ts';

/**
 * This headset's pairing: the device token (sent as `Authorization: Bearer`) and its name, kept
 * in localStorage so it survives reloads and restarts. An unpaired device can still try a scene,
 * but nothing is recorded: a session must belong to a known headset at a known site.
 */
const KEY = 'hafan.device';

export interface DeviceState {
  device: PairedHeadset | null;
  /** Set when the server said the stored token is no longer valid (the admin revoked it). */
  revoked: boolean;
}

function load(): PairedHeadset | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<PairedHeadset>;
    return typeof d.token === 'string' && d.headset && typeof d.headset.name === 'string'
      ? (d as PairedHeadset)
      : null;
  } catch {
    return null;
  }
}

export const deviceStore = createStore<DeviceState>(() => ({ device: load(), revoked: false }));

export function useDevice<T>(selector: (s: DeviceState) => T): T {
  return useStore(deviceStore, selector);
}

export function saveDevice(paired: PairedHeadset): void {
  window.localStorage.setItem(KEY, JSON.stringify(paired));
  deviceStore.setState({ device: paired, revoked: false });
}

export function forgetDevice(revoked = false): void {
  window.localStorage.removeItem(KEY);
  deviceStore.setState({ device: null, revoked });
}

/** The header the logger and API calls send, or null on an unpaired device. */
export function deviceAuthorization(): string | null {
  const d = deviceStore.getState().device;
  return d ? `Bearer ${d.token}` : null;
}

/**
 * Asks the server who this headset is (its name may have changed). A 401 means the pairing was
 * revoked: forget it. Any other failure (offline) keeps the stored pairing.
 */
export async function refreshDevice(fetchImpl: typeof fetch = fetch): Promise<void> {
  const auth = deviceAuthorization();
  if (!auth) return;
  try {
    const res = await fetchImpl('/api/headsets/me', { headers: { Authorization: auth } });
    if (res.status === 401) return forgetDevice(true);
    if (!res.ok) return;
    const headset = (await res.json()) as HeadsetIdentity;
    const d = deviceStore.getState().device;
    if (d && d.token === auth.slice(7)) saveDevice({ token: d.token, headset });
  } catch {
    // offline: keep what we have
  }
}

/** Pairs with the code an admin was shown. Throws an Error with the server's message. */
export async function pairWithCode(code: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const res = await fetchImpl('/api/headsets/pair', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await res.json().catch(() => ({}))) as Partial<PairedHeadset> & {
    message?: string;
  };
  if (!res.ok || !body.token || !body.headset) {
    throw new PairingError(res.status, body.message ?? `${res.status}`);
  }
  saveDevice({ token: body.token, headset: body.headset });
}

export class PairingError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
