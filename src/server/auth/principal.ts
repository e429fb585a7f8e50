import type { Role } from '../../core/schemas/accounts.ts';

/**
 * Who is calling. The auth layer resolves one per request (cookie session, headset device
 * token, or guest invite) and every route declares the kinds it accepts in `config.access`
 * (see core/schemas/accounts.ts `Access`).
 */
export type Principal =
  | { kind: 'user'; userId: string; role: Role; siteId: string | null; authSessionId: string }
  | { kind: 'headset'; headsetId: string; siteId: string }
  | { kind: 'guest'; guestId: string; roomId: string };
