import { SessionPlanSchema, type SessionPlan } from '../../core/schemas/sessionPlan.ts';
import { roomPath } from '../../core/social/roomPlan.ts';

/** Where the start screen leaves the plan for the room page (this tab only, gone on close). */
const KEY = 'hafan.roomPlan';
/** Long enough for the ack and the "ready" status to reach the hub before the page goes. */
const HANDOFF_DELAY_MS = 300;

/**
 * Staff sent this headset into a social room: keep the plan for the room page and go there. The
 * room page is its own lazily loaded app; it takes over the headset's hub connection.
 */
export function enterRoom(
  plan: SessionPlan,
  go: (url: string) => void = (url) => window.location.assign(url),
): void {
  if (!plan.room) return;
  sessionStorage.setItem(KEY, JSON.stringify(plan));
  let url = roomPath(plan.room, plan.language);
  // Test builds: an emulated headset stays emulated on the room page (and keeps a test's
  // shorter wait for an answer, see measureStore.ts).
  if (__HAFAN_EMULATOR__) {
    const here = new URLSearchParams(window.location.search);
    for (const k of ['emulate', 'stats']) if (here.has(k)) url += `&${k}=1`;
    const wait = Number(here.get('itemTimeoutMs'));
    if (wait > 0) url += `&itemTimeoutMs=${wait}`;
  }
  window.setTimeout(() => go(url), HANDOFF_DELAY_MS);
}

/** The plan staff prepared for this room, if this page was opened by `enterRoom`. */
export function preparedRoomPlan(roomId: string): SessionPlan | null {
  try {
    const r = SessionPlanSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return r.success && r.data.room?.roomId === roomId ? r.data : null;
  } catch {
    return null;
  }
}

export function forgetRoomPlan(): void {
  sessionStorage.removeItem(KEY);
}
