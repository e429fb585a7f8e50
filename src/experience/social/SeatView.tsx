import type { ReactNode } from 'react';
import { seatTransform } from '../../core/social/seats.ts';

/**
 * Moves the room so that `seat` is at the origin facing -Z: the viewer's own seated space (the
 * XR reference space, and the 2D camera) then is their place at the table. Poses are sent in
 * this space, so everyone else can put them back at this seat.
 */
export function SeatView({
  seat,
  radius,
  children,
}: {
  seat: number;
  radius: number;
  children: ReactNode;
}) {
  const t = seatTransform(seat, radius);
  return (
    <group rotation={[0, -t.yaw, 0]}>
      <group position={[-t.x, 0, -t.z]}>{children}</group>
    </group>
  );
}
