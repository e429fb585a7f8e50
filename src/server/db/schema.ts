import type { Generated } from 'kysely';

/** Table types for Kysely. Timestamps are ISO-8601 text on both SQLite and PostgreSQL. */
export interface SessionsTable {
  id: string;
  scene: string;
  length_min: number;
  language: string;
  pattern: string;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  created_at: Generated<string>;
  site_id: string | null;
  headset_id: string | null;
  resident_id: string | null;
}

export interface EventsTable {
  id: string;
  session_id: string;
  type: string;
  t_ms: number;
  at: string;
  /** JSON text of the event's data. */
  data: string;
  /** SHA-256 of the canonical event JSON: the same id must always carry the same payload. */
  payload_hash: string;
  received_at: string;
}

export interface MeasuresTable {
  id: string;
  session_id: string;
  instrument_id: string;
  instrument_version: string;
  timing: string;
  respondent: string;
  /** JSON text of the raw answers. */
  answers: string;
  /** JSON text of the computed MeasureScore. */
  score: string;
  answered_at: string;
  payload_hash: string;
}

export interface SitesTable {
  id: string;
  name: string;
  created_at: Generated<string>;
}

export interface StaffUsersTable {
  id: string;
  username: string;
  display_name: string;
  /** staff | researcher | admin */
  role: string;
  site_id: string | null;
  password_hash: string | null;
  password_changed_at: string | null;
  disabled_at: string | null;
  created_at: Generated<string>;
}

export interface AuthSessionsTable {
  /** SHA-256 (hex) of the cookie token. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface HeadsetsTable {
  id: string;
  site_id: string;
  name: string;
  pairing_code_hash: string | null;
  pairing_expires_at: string | null;
  token_hash: string | null;
  paired_at: string | null;
  revoked_at: string | null;
  last_seen_at: string | null;
  created_at: Generated<string>;
}

export interface ResidentsTable {
  id: string;
  site_id: string;
  code: string;
  label: string | null;
  /** JSON text: language, caption size, favourite scenes, comfort notes, measures to use. */
  preferences: Generated<string>;
  /** yes | no | withdrawn */
  consent: Generated<string>;
  consent_at: string | null;
  erased_at: string | null;
  created_at: Generated<string>;
}

/** Append-only: the database refuses UPDATE and DELETE (triggers on SQLite and PostgreSQL). */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  subject: string | null;
  /** JSON text. */
  details: Generated<string>;
}

/** One-time password links (first admin, new accounts, resets); id is the token's SHA-256. */
export interface SetupLinksTable {
  id: string;
  user_id: string;
  /** setup | reset */
  purpose: string;
  expires_at: string;
  used_at: string | null;
  created_at: Generated<string>;
}

export interface SocialRoomsTable {
  id: string;
  site_id: string;
  scene: string;
  session_id: string;
  created_by: string | null;
  created_at: string;
  ended_at: string | null;
}

export interface SocialInvitesTable {
  id: string;
  room_id: string;
  /** SHA-256 (hex) of the canonical invite code. */
  code_hash: string;
  label: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface SocialGuestsTable {
  id: string;
  room_id: string;
  invite_id: string;
  display_name: string;
  /** SHA-256 (hex) of the guest's bearer token. */
  token_hash: string;
  created_at: string;
  expires_at: string;
}

export interface Schema {
  sessions: SessionsTable;
  events: EventsTable;
  measures: MeasuresTable;
  sites: SitesTable;
  staff_users: StaffUsersTable;
  auth_sessions: AuthSessionsTable;
  headsets: HeadsetsTable;
  residents: ResidentsTable;
  audit_log: AuditLogTable;
  setup_links: SetupLinksTable;
  social_rooms: SocialRoomsTable;
  social_invites: SocialInvitesTable;
  social_guests: SocialGuestsTable;
}
