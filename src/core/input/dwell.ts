/**
 * Gaze-dwell as a pure step function: look at a target for `dwellMs` to choose it. Progress fills
 * while looking, drains (faster) when the gaze leaves, and a choice fires once per dwell.
 */
export interface DwellState {
  /** 0..1 of the way to choosing. */
  progress: number;
  /** True once fired, until the gaze leaves the target (no repeat while still looking). */
  fired: boolean;
}

export const DEFAULT_DWELL_MS = 1500;
const DRAIN_FACTOR = 2;

export function createDwell(): DwellState {
  return { progress: 0, fired: false };
}

/** Advances the dwell by `dtMs`; returns true on the frame the choice is made. Mutates `s`. */
export function stepDwell(
  s: DwellState,
  looking: boolean,
  dtMs: number,
  dwellMs = DEFAULT_DWELL_MS,
): boolean {
  const dt = Math.max(0, Math.min(dtMs, 250)); // a stalled frame must not choose by itself
  if (!looking) {
    s.progress = Math.max(0, s.progress - (dt / dwellMs) * DRAIN_FACTOR);
    if (s.progress === 0) s.fired = false;
    return false;
  }
  if (s.fired) return false;
  s.progress = Math.min(1, s.progress + dt / dwellMs);
  if (s.progress >= 1) {
    s.fired = true;
    s.progress = 0;
    return true;
  }
  return false;
}

/**
 * Whether a gaze ray hits a round target: the angle between the view direction and the direction
 * to the target's centre is within the target's angular radius (plus a little slack for tremor).
 */
export function gazeHits(
  eye: readonly [number, number, number],
  forward: readonly [number, number, number],
  centre: readonly [number, number, number],
  radius: number,
  slack = 1.15,
): boolean {
  const dx = centre[0] - eye[0];
  const dy = centre[1] - eye[1];
  const dz = centre[2] - eye[2];
  const dist = Math.hypot(dx, dy, dz);
  if (dist === 0) return true;
  const f = Math.hypot(forward[0], forward[1], forward[2]) || 1;
  const cos = (dx * forward[0] + dy * forward[1] + dz * forward[2]) / (dist * f);
  return cos >= Math.cos(Math.atan((radius * slack) / dist));
}
