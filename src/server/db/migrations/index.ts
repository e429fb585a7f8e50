import type { Migration } from 'kysely';
import * as m0001 from './0001_sessions.ts';
import * as m0002 from './0002_events.ts';
import * as m0003 from './0003_measures.ts';
import * as m0004 from './0004_people_and_places.ts';
import * as m0005 from './0005_setup_links.ts';
import * as m0015 from './0015_session_notes.ts';
import * as m0020 from './0020_research.ts';
import * as m0025 from './0025_social_rooms.ts';
import * as m0035 from './0035_research_aggregates.ts';
import * as m0040 from './0040_social_room_state.ts';
import * as m0045 from './0045_session_scene_pattern.ts';

/** Every migration, in order. Names sort in the order they apply; never rename or edit one. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_sessions': m0001,
  '0002_events': m0002,
  '0003_measures': m0003,
  '0004_people_and_places': m0004,
  '0005_setup_links': m0005,
  '0015_session_notes': m0015,
  '0020_research': m0020,
  '0025_social_rooms': m0025,
  '0035_research_aggregates': m0035,
  '0040_social_room_state': m0040,
  '0045_session_scene_pattern': m0045,
};
