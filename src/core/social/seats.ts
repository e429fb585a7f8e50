/**
 * Seats in a social room: up to eight places in a ring, every one facing the centre (the table or
 * the fire). A person's pose is sent relative to their seat, so each receiver places it here.
 */

export const MAX_SEATS = 8;
export type SeatNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * The order seats fill in: opposite first, then the quarters, so two or three people are spread
 * round the circle and face one another instead of huddling on one side.
 */
export const SEAT_FILL_ORDER: readonly SeatNumber[] = [1, 5, 3, 7, 2, 6, 4, 8];

export interface SeatTransform {
  x: number;
  z: number;
  /** Rotation about +Y in radians: the seat's forward (-Z in its own space) points at the centre. */
  yaw: number;
}

export function seatAngle(seat: number): number {
  return ((seat - 1) / MAX_SEATS) * Math.PI * 2;
}

/** Where seat `seat` is in a ring of `radius` metres around the origin. */
export function seatTransform(
  seat: number,
  radius: number,
  out: SeatTransform = { x: 0, z: 0, yaw: 0 },
): SeatTransform {
  const a = seatAngle(seat);
  out.x = Math.sin(a) * radius;
  out.z = Math.cos(a) * radius;
  out.yaw = a;
  return out;
}

/** Seat-space point (x, z) to room space, written into `out` as [x, z]. */
export function seatToRoom(
  seat: SeatTransform,
  x: number,
  z: number,
  out: [number, number],
): [number, number] {
  const c = Math.cos(seat.yaw);
  const s = Math.sin(seat.yaw);
  out[0] = seat.x + x * c + z * s;
  out[1] = seat.z - x * s + z * c;
  return out;
}

/** The first free seat in fill order, preferring `wanted` (a returning person's old seat). */
export function chooseSeat(taken: ReadonlySet<number>, wanted?: number | null): SeatNumber | null {
  if (wanted && wanted >= 1 && wanted <= MAX_SEATS && !taken.has(wanted)) {
    return wanted as SeatNumber;
  }
  return SEAT_FILL_ORDER.find((s) => !taken.has(s)) ?? null;
}
