import { createHash, createHmac } from 'node:crypto';
import type { InstrumentDefinition } from '../../core/instruments/schema.ts';

/**
 * Pseudonyms for one study: HMAC-SHA-256 under the study's secret key, so the same resident is
 * the same participant in every export of the study, a different study cannot be linked, and
 * without the key (held by an admin) nobody can go from a pseudonym back to the resident.
 * The input is the resident's internal id, never the site's code or label.
 */
export interface Pseudonymiser {
  participant(residentId: string): string;
  site(siteId: string): string;
  /** Whole days to add to every date of this resident: 1–365 either way, never 0. */
  shiftDays(residentId: string): number;
}

export const MAX_SHIFT_DAYS = 365;

export function pseudonymiser(secretHex: string): Pseudonymiser {
  const key = Buffer.from(secretHex, 'hex');
  if (key.length < 32) throw new Error('a study key needs at least 32 bytes');
  const mac = (purpose: string, id: string) =>
    createHmac('sha256', key).update(`${purpose}\u0000${id}`).digest();
  return {
    participant: (id) => `P-${mac('participant', id).toString('hex').slice(0, 20)}`,
    site: (id) => `S-${mac('site', id).toString('hex').slice(0, 12)}`,
    shiftDays: (id) => {
      const n = mac('date-shift', id).readUInt32BE(0) % (2 * MAX_SHIFT_DAYS);
      return n < MAX_SHIFT_DAYS ? n - MAX_SHIFT_DAYS : n - MAX_SHIFT_DAYS + 1;
    },
  };
}

/** Shifts an ISO time by whole days; the time of day and every interval stay as they were. */
export function shiftIso(iso: string, days: number): string {
  return days === 0 ? iso : new Date(Date.parse(iso) + days * 86_400_000).toISOString();
}

/** A name-based UUID (RFC 9562 version 8 layout) from SHA-256: stable across exports. */
export function nameUuid(name: string): string {
  const b = createHash('sha256').update(name).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const questionnaireUuid = (def: InstrumentDefinition): string =>
  nameUuid(`hafan:Questionnaire:${def.id}|${def.version}`);
