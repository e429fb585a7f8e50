/**
 * Invite codes for family and friends: eight characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown as two groups of four ("KX7P-2MHQ") so they are easy to read out over the
 * phone. About 8.5 x 10^11 codes; with expiry and rate-limited redemption, guessing one is hopeless.
 */

export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;

/** How long a link lasts: staff choose; a day by default, never more than a week. */
export const INVITE_TTL_CHOICES_MIN = [60, 240, 24 * 60, 7 * 24 * 60] as const;
export const DEFAULT_INVITE_TTL_MIN = 24 * 60;
export const MAX_INVITE_TTL_MIN = 7 * 24 * 60;

/**
 * A fresh code from a cryptographic source. Rejection sampling keeps every character equally
 * likely (256 is not a multiple of the alphabet's size).
 */
export function generateInviteCode(
  fill: (bytes: Uint8Array) => void = (b) => crypto.getRandomValues(b),
): string {
  const n = INVITE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  const bytes = new Uint8Array(16);
  while (code.length < INVITE_CODE_LENGTH) {
    fill(bytes);
    for (const b of bytes) {
      if (b < limit && code.length < INVITE_CODE_LENGTH) code += INVITE_ALPHABET[b % n];
    }
  }
  return code;
}

/** "KX7P2MHQ" → "KX7P-2MHQ", for people to read. */
export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What someone typed (any case, with spaces or dashes) as a canonical code, or null if it cannot
 * be one. The alphabet has none of 0 O 1 I L, so a code with them was mistyped.
 */
export function normaliseInviteCode(input: string): string | null {
  if (input.length > 40) return null;
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '');
  if (cleaned.length !== INVITE_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!INVITE_ALPHABET.includes(ch)) return null;
  return cleaned;
}

export interface InviteRecord {
  code: string;
  roomId: string;
  createdAtMs: number;
  expiresAtMs: number;
  revokedAtMs: number | null;
}

export type InviteStatus = 'valid' | 'expired' | 'revoked';

export function inviteStatus(invite: InviteRecord, nowMs: number): InviteStatus {
  if (invite.revokedAtMs !== null && invite.revokedAtMs <= nowMs) return 'revoked';
  if (nowMs >= invite.expiresAtMs) return 'expired';
  return 'valid';
}

export function inviteExpiry(nowMs: number, ttlMin: number): number {
  const minutes = Math.max(1, Math.min(MAX_INVITE_TTL_MIN, Math.floor(ttlMin)));
  return nowMs + minutes * 60_000;
}
