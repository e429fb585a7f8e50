import type { Migration } from 'kysely';
import * as m0001 from './0001_sessions.ts';
import * as m0002 from './0002_events.ts';

/** Every migration, in order. Names sort in the order they apply; never rename or edit one. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_sessions': m0001,
  '0002_events': m0002,
};
