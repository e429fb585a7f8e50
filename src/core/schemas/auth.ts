import { z } from 'zod';
import type { Role } from './accounts.ts';

/**
 * Wire schemas for sign-in, one-time setup links, headset pairing and the views the console
 * shows. The server validates with these; the console and headset pages type their calls by them.
 */

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,39}$/,
    'username: 2-40 letters, digits, dots, dashes or underscores',
  );

/** Long enough to resist guessing (NCSC: three random words); no other composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `password: at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, 'password: at most 256 characters')
  .refine((p) => new Set(p).size >= 4, 'password: too repetitive');

export const SignInSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type SignIn = z.infer<typeof SignInSchema>;

/** Tokens from links and devices: base64url, with an optional short prefix. */
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a valid token');

export const SetupPasswordSchema = z.strictObject({ token: TokenSchema, password: PasswordSchema });

export const DisplayNameSchema = z.string().trim().min(1).max(80);

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  siteId: string | null;
  disabled: boolean;
  /** False until the person has chosen a password from their one-time link. */
  hasPassword: boolean;
}

/** What `POST /api/auth/sign-in`, `POST /api/auth/setup` and `GET /api/auth/me` answer. */
export interface SignedIn {
  user: UserView;
  csrfToken: string;
  /** When the session ends at the latest (ISO). */
  expiresAt: string;
}

/** What a setup link is for, shown before the person chooses a password. */
export interface SetupLinkView {
  username: string;
  displayName: string;
  purpose: 'setup' | 'reset';
  expiresAt: string;
}

export const HeadsetNameSchema = z.string().trim().min(1).max(60);
export const SiteNameSchema = z.string().trim().min(1).max(80);

export const CreateHeadsetSchema = z.strictObject({ name: HeadsetNameSchema, siteId: z.uuid() });

/** The code as typed on the headset's keypad: digits, spaces ignored. */
export const PairingCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'pairing code: 8 digits'));
export const PairHeadsetSchema = z.strictObject({ code: PairingCodeSchema });

export interface HeadsetView {
  id: string;
  siteId: string;
  name: string;
  status: 'awaiting_pairing' | 'paired' | 'revoked' | 'unpaired';
  pairingExpiresAt: string | null;
  pairedAt: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** A new pairing code: shown once, to the admin, in large type. */
export interface PairingCodeView {
  headset: HeadsetView;
  code: string;
  expiresAt: string;
}

/** What a headset learns about itself when it pairs, and from `GET /api/headsets/me`. */
export interface HeadsetIdentity {
  id: string;
  name: string;
  siteId: string;
  siteName: string;
}

export interface PairedHeadset {
  token: string;
  headset: HeadsetIdentity;
}

export interface SiteView {
  id: string;
  name: string;
}
