import type { InstrumentDefinition } from '../instruments/schema.ts';
import { entriesForStage, type MeasureStage } from '../measures/run.ts';
import type { EndReason } from '../schemas/session.ts';
import type { PlannedMeasure } from '../schemas/sessionPlan.ts';

/**
 * A resident's session in a social room that staff started from the console, with the plan's
 * measures, as pure data: the "before" measures are asked after the resident presses Join and
 * before they take a seat in the room; the "after" ones once they leave the room (by their own
 * choice, staff's End now, staff removing them or the room ending), before the headset goes back
 * to its start screen. Leaving while measures are asked skips the rest (staff's End now during
 * the questions, or the resident's Leave): a question never keeps anyone in a session.
 */

export type RoomStep = 'start' | 'before' | 'room' | 'after' | 'done';

export interface RoomFlow {
  step: RoomStep;
  /** Whether the plan asks anything before / after (instruments known here only). */
  hasBefore: boolean;
  hasAfter: boolean;
  /** Why the session ended: the first reason given wins. Null until it leaves the room. */
  endReason: EndReason | null;
}

export type RoomFlowEvent =
  /** The resident pressed Join. */
  | { type: 'join' }
  /** The stage of measures being asked is over (answered, declined or timed out). */
  | { type: 'measures_done' }
  /** The resident left, staff ended or removed them, or the room ended. */
  | { type: 'leave'; reason: EndReason };

export function startRoomFlow(
  plan: readonly PlannedMeasure[],
  find: (id: string) => InstrumentDefinition | undefined,
): RoomFlow {
  return {
    step: 'start',
    hasBefore: entriesForStage(plan, 'before', find).entries.length > 0,
    hasAfter: entriesForStage(plan, 'after', find).entries.length > 0,
    endReason: null,
  };
}

/** The next state; events that make no sense in a step leave it as it is. */
export function stepRoomFlow(flow: RoomFlow, event: RoomFlowEvent): RoomFlow {
  switch (event.type) {
    case 'join':
      return flow.step === 'start' ? { ...flow, step: flow.hasBefore ? 'before' : 'room' } : flow;
    case 'measures_done':
      if (flow.step === 'before') return { ...flow, step: 'room' };
      if (flow.step === 'after') return { ...flow, step: 'done' };
      return flow;
    case 'leave': {
      if (flow.step === 'done') return flow;
      const endReason = flow.endReason ?? event.reason;
      if (flow.step === 'room')
        return { ...flow, step: flow.hasAfter ? 'after' : 'done', endReason };
      // Before the room (at the start or during the first questions), or a second leave while
      // the last questions are asked: straight back, nothing more is asked.
      return { ...flow, step: 'done', endReason };
    }
  }
}

/** The stage of measures a step asks, for the headset's status (`measuring`). */
export function measuringIn(step: RoomStep): MeasureStage | null {
  return step === 'before' ? 'before' : step === 'after' ? 'after' : null;
}

/** Whether the resident is a member of the room in this step (joined, seated, sending poses). */
export function inRoom(step: RoomStep): boolean {
  return step === 'room';
}

/** How far ahead a question panel stands in the relaxation scenes (metres). */
const PANEL_DISTANCE_M = 1.5;
/** Clear of the middle of the circle, where the table's teapot or the fire stands. */
const CLEAR_OF_CENTRE_M = 0.35;
/** Never closer than this: a panel nearer than a metre is uncomfortable to read in a headset. */
const NEAREST_PANEL_M = 0.9;

/**
 * Where the questions stand in a room whose seats are `seatRadius` from its centre: in front of
 * whatever is in the middle (so nothing on the table hides an answer or catches the pointer).
 */
export function roomPanelDistance(seatRadius: number): number {
  if (!(seatRadius > 0)) return PANEL_DISTANCE_M;
  return Math.min(PANEL_DISTANCE_M, Math.max(NEAREST_PANEL_M, seatRadius - CLEAR_OF_CENTRE_M));
}
