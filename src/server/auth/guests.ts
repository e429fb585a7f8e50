import type { Database } from '../db/database.ts';
import { GUEST_TOKEN_PREFIX, resolveGuestToken as lookUpGuest } from '../storage/social.ts';
import type { Principal } from './principal.ts';

/** Guest (social room invite) bearer tokens start with this. */
export { GUEST_TOKEN_PREFIX };

/**
 * Resolves a guest's bearer token to its room: the social rooms store each guest's token hashed
 * (storage/social.ts). Unknown, expired, revoked-invite and ended-room tokens give null (401).
 */
export async function resolveGuestToken(
  database: Database,
  token: string,
  nowMs: number,
): Promise<Extract<Principal, { kind: 'guest' }> | null> {
  const g = await lookUpGuest(database.db, token, nowMs);
  return g ? { kind: 'guest', guestId: g.guestId, roomId: g.roomId } : null;
}
