import type { Database } from '../db/database.ts';
import type { Principal } from './principal.ts';

/** Guest (social room invite) bearer tokens start with this. */
export const GUEST_TOKEN_PREFIX = 'hfg_';

/**
 * Resolves a guest's bearer token to its room. Guest invites belong to the social rooms, which
 * have no invite table yet, so no guest token is valid today: every one is refused (401). The
 * social rooms replace this body with a lookup of their stored (hashed) invite tokens.
 */
export async function resolveGuestToken(
  _database: Database,
  _token: string,
  _nowMs: number,
): Promise<Extract<Principal, { kind: 'guest' }> | null> {
  return null;
}
