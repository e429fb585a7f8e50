import { IceServersSchema, type IceServer } from '../../core/social/messages.ts';

/**
 * HAFAN_ICE_SERVERS: a JSON array of RTCIceServer objects, e.g.
 * `[{"urls":"stun:stun.example.org:3478"},{"urls":"turn:turn.example.org:3478","username":"u","credential":"p"}]`.
 * Unset: none (voice then works on the care home's own network only).
 */
export function readIceServers(value: string | undefined): IceServer[] {
  if (value === undefined || value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error('HAFAN_ICE_SERVERS must be a JSON array of {"urls": …} objects');
  }
  const r = IceServersSchema.safeParse(parsed);
  if (!r.success) {
    throw new Error(`HAFAN_ICE_SERVERS is not valid: ${r.error.issues[0]?.message ?? 'invalid'}`);
  }
  return r.data as IceServer[];
}
