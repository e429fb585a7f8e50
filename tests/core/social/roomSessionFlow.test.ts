import { describe, expect, it } from 'vitest';
import { findInstrument } from '../../../src/core/instruments/registry.ts';
import {
  inRoom,
  measuringIn,
  roomPanelDistance,
  startRoomFlow,
  stepRoomFlow,
  type RoomFlow,
  type RoomFlowEvent,
} from '../../../src/core/social/roomSessionFlow.ts';
import { DEFAULT_MEASURE_PLAN } from '../../../src/core/schemas/sessionPlan.ts';

const find = (id: string) => findInstrument(id);
const run = (flow: RoomFlow, ...events: RoomFlowEvent[]) => events.reduce(stepRoomFlow, flow);
const JOIN = { type: 'join' } as const;
const DONE = { type: 'measures_done' } as const;
const leave = (reason: 'completed' | 'exited_by_resident' | 'interrupted') =>
  ({ type: 'leave', reason }) as const;

describe('a console-started room session with measures', () => {
  it('asks before measures between Join and the room, after ones between leaving and home', () => {
    const f0 = startRoomFlow(DEFAULT_MEASURE_PLAN, find);
    expect(f0).toEqual({ step: 'start', hasBefore: true, hasAfter: true, endReason: null });
    const f1 = stepRoomFlow(f0, JOIN);
    expect(f1.step).toBe('before');
    expect(measuringIn(f1.step)).toBe('before');
    expect(inRoom(f1.step)).toBe(false);
    const f2 = stepRoomFlow(f1, DONE);
    expect(f2.step).toBe('room');
    expect(inRoom(f2.step)).toBe(true);
    expect(measuringIn(f2.step)).toBeNull();
    const f3 = stepRoomFlow(f2, leave('completed'));
    expect(f3).toMatchObject({ step: 'after', endReason: 'completed' });
    expect(measuringIn(f3.step)).toBe('after');
    expect(inRoom(f3.step)).toBe(false);
    expect(stepRoomFlow(f3, DONE)).toMatchObject({ step: 'done', endReason: 'completed' });
  });

  it('goes straight into the room and straight home when the plan has no measures', () => {
    const f = startRoomFlow([], find);
    expect(f).toMatchObject({ hasBefore: false, hasAfter: false });
    expect(stepRoomFlow(f, JOIN).step).toBe('room');
    expect(run(f, JOIN, leave('interrupted'))).toMatchObject({
      step: 'done',
      endReason: 'interrupted',
    });
  });

  it('asks only the stages the plan has', () => {
    const afterOnly = startRoomFlow([{ instrumentId: 'sickness_check', timing: 'post' }], find);
    expect(stepRoomFlow(afterOnly, JOIN).step).toBe('room');
    expect(run(afterOnly, JOIN, leave('exited_by_resident')).step).toBe('after');
    const beforeOnly = startRoomFlow([{ instrumentId: 'suds', timing: 'pre' }], find);
    expect(run(beforeOnly, JOIN).step).toBe('before');
    expect(run(beforeOnly, JOIN, DONE, leave('completed')).step).toBe('done');
  });

  it('asks nothing for instruments it does not know or timings they are not asked at', () => {
    const f = startRoomFlow(
      [
        { instrumentId: 'swemwbs', timing: 'pre' },
        { instrumentId: 'sickness_check', timing: 'pre' },
      ],
      find,
    );
    expect(f).toMatchObject({ hasBefore: false, hasAfter: false });
    expect(stepRoomFlow(f, JOIN).step).toBe('room');
  });

  it('lets anyone skip the questions: leaving while they are asked goes straight home', () => {
    const f = startRoomFlow(DEFAULT_MEASURE_PLAN, find);
    // Staff's End now during the first questions: never joins the room, asks nothing after.
    expect(run(f, JOIN, leave('interrupted'))).toMatchObject({
      step: 'done',
      endReason: 'interrupted',
    });
    // A second leave during the last questions skips the rest; the first reason is kept.
    expect(run(f, JOIN, DONE, leave('completed'), leave('interrupted'))).toMatchObject({
      step: 'done',
      endReason: 'completed',
    });
    // Leaving at the start screen (before Join).
    expect(run(f, leave('exited_by_resident')).step).toBe('done');
  });

  it('ignores events that make no sense where it is', () => {
    const f = startRoomFlow(DEFAULT_MEASURE_PLAN, find);
    expect(stepRoomFlow(f, DONE)).toBe(f);
    const inside = run(f, JOIN, DONE);
    expect(stepRoomFlow(inside, JOIN)).toBe(inside);
    expect(stepRoomFlow(inside, DONE)).toBe(inside);
    const done = run(inside, leave('completed'), DONE);
    expect(done.step).toBe('done');
    expect(stepRoomFlow(done, leave('interrupted'))).toBe(done);
    expect(stepRoomFlow(done, JOIN)).toBe(done);
  });
});

describe('where the questions stand in a room', () => {
  it('stands in front of the middle of the circle, never nearer than 0.9 m nor beyond 1.5 m', () => {
    expect(roomPanelDistance(1.35)).toBeCloseTo(1.0); // the tea party: before the teapot
    expect(roomPanelDistance(1.75)).toBeCloseTo(1.4); // the campfire: before the fire
    expect(roomPanelDistance(3)).toBe(1.5);
    expect(roomPanelDistance(1)).toBe(0.9);
    expect(roomPanelDistance(Number.NaN)).toBe(1.5);
  });
});
