import { seededRandom } from '../common/seededRandom.ts';

/**
 * The walled garden's plan, in world metres: the viewer sits on a bench at the origin (ground 0)
 * near one end of a lawn, facing -Z along a gravel path to a fountain, with brick walls all round
 * and borders of flowers beneath them. Pure data and functions, used once at mount.
 */

export const GARDEN = {
  /** Inner faces of the walls. */
  left: -8.5,
  right: 8.5,
  back: -17,
  front: 3.5,
  wallHeight: 2.7,
  wallThickness: 0.36,
  /** Depth of the flower borders along the walls. */
  borderDepth: 1.5,
  /** Half the width of the gravel path and the radius of the gravel circle round the fountain. */
  pathHalfWidth: 0.85,
  fountain: { x: 0, z: -9, circle: 3.1 },
} as const;

/** Where the breathing flower's urn stands (x, z), just ahead, and the height of its heart. */
export const FLOWER_AT = [0, -2.1] as const;
export const FLOWER_HEIGHT = 0.92;

export interface BorderSpot {
  x: number;
  z: number;
  /** 0 at the front of the border (by the lawn) .. 1 at the wall. */
  depth: number;
  /** Unit vector from the wall into the garden. */
  inward: readonly [number, number];
}

/**
 * Points spread through the borders, roughly `spacing` metres apart, each with how deep into the
 * border it is (plants grow taller toward the wall). The wall behind the viewer has a border too.
 */
export function borderSpots(spacing: number, seed: number): BorderSpot[] {
  const rand = seededRandom(seed);
  const { left, right, back, front, borderDepth: bd } = GARDEN;
  const spots: BorderSpot[] = [];
  const runs: { from: [number, number]; to: [number, number]; inward: [number, number] }[] = [
    { from: [left, front], to: [left, back], inward: [1, 0] },
    { from: [right, front], to: [right, back], inward: [-1, 0] },
    { from: [left + bd, back], to: [right - bd, back], inward: [0, 1] },
    { from: [left + bd, front], to: [right - bd, front], inward: [0, -1] },
  ];
  for (const run of runs) {
    const length = Math.hypot(run.to[0] - run.from[0], run.to[1] - run.from[1]);
    const count = Math.floor((length * bd) / (spacing * spacing));
    for (let i = 0; i < count; i++) {
      const along = rand();
      const depth = rand();
      // Leave a gap in the back border for the door.
      const x0 = run.from[0] + (run.to[0] - run.from[0]) * along;
      const z0 = run.from[1] + (run.to[1] - run.from[1]) * along;
      if (run.inward[1] === 1 && Math.abs(x0) < 1.1) continue;
      // And where the cross path meets the side walls (the bench stands at its right-hand end).
      if (run.inward[0] !== 0 && Math.abs(z0 - GARDEN.fountain.z) < GARDEN.pathHalfWidth + 0.9)
        continue;
      const inset = 0.12 + (1 - depth) * (bd - 0.24);
      spots.push({
        x: x0 + run.inward[0] * inset,
        z: z0 + run.inward[1] * inset,
        depth,
        inward: run.inward,
      });
    }
  }
  return spots;
}
