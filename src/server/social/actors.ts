import type { RoomActor } from '../../core/social/permissions.ts';
import type { Principal } from '../auth/principal.ts';

/** The room actor a principal acts as; researchers take no part in rooms. */
export function actorFor(p: Principal): RoomActor | null {
  switch (p.kind) {
    case 'user':
      return p.role === 'staff' || p.role === 'admin'
        ? { kind: 'staff', id: p.userId, siteId: p.siteId }
        : null;
    case 'headset':
      return { kind: 'resident', id: p.headsetId, siteId: p.siteId };
    case 'guest':
      return { kind: 'guest', id: p.guestId, roomId: p.roomId };
  }
}
