import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { uuidV4 } from '../../core/ids.ts';
import {
  createHubLink,
  type HubLink,
  type LinkState,
  type SocketLike,
} from '../../core/protocol/hubLink.ts';
import type {
  Command,
  HeadsetStatus,
  HeadsetSummary,
  ServerFrame,
} from '../../core/protocol/messages.ts';
import type { SessionPlan } from '../../core/schemas/sessionPlan.ts';
import { playAlertChime } from './alertSound.ts';

/**
 * The console's view of the hub: every headset of the site with its live status, open staff
 * calls, and the answers to commands. Actions are plain functions; head poses for the mirror
 * bypass the store (they arrive 10 times a second) and land in `mirrorPoses`.
 */
export interface ConsoleHubState {
  link: LinkState | 'off';
  headsets: Record<string, HeadsetSummary>;
  /** Headset ids in the order the server listed them (by name), new ones at the end. */
  order: string[];
  /** Open "call staff" alerts: headset id → server ms of the call. */
  calls: Record<string, number>;
  /** The headset whose mirror is open, if any. */
  mirror: string | null;
  /** A short message for staff about the last command that failed. */
  notice: { headsetId: string; text: string } | null;
  /** Per headset, the session that last ended on it (staff record measures and notes for it). */
  lastSession: Record<string, string>;
  /** Counts sessions seen ending, so lists of sessions know to reload. */
  sessionsEnded: number;
}

export const consoleHub = createStore<ConsoleHubState>(() => ({
  link: 'off',
  headsets: {},
  order: [],
  calls: {},
  mirror: null,
  notice: null,
  lastSession: {},
  sessionsEnded: 0,
}));

export function useConsoleHub<T>(selector: (s: ConsoleHubState) => T): T {
  return useStore(consoleHub, selector);
}

/** Latest head pose per headset, with the local time it arrived (read by the mirror per frame). */
export const mirrorPoses = new Map<string, { p: number[]; atMs: number }>();

type Result = { ok: boolean; reason?: string };
const waiting = new Map<string, (r: Result) => void>();
let link: HubLink | null = null;

/**
 * The session that has just ended between two statuses of one headset, if any: the headset was
 * in a session and now reports none, or another one. A dropped connection ends nothing (the
 * headset carries on and reports again).
 */
export function endedSession(
  before: HeadsetStatus | null,
  after: HeadsetStatus | null,
): string | null {
  const was = before?.state === 'in_session' ? before.sessionId : null;
  if (!was || !after) return null;
  return after.state === 'in_session' && after.sessionId === was ? null : was;
}

function upsert(h: HeadsetSummary): void {
  const s = consoleHub.getState();
  const order = s.order.includes(h.headsetId) ? s.order : [...s.order, h.headsetId];
  const calls = { ...s.calls };
  if (h.status?.staffCalled) calls[h.headsetId] ??= Date.now();
  else delete calls[h.headsetId];
  const ended = endedSession(s.headsets[h.headsetId]?.status ?? null, h.status);
  consoleHub.setState({
    headsets: { ...s.headsets, [h.headsetId]: h },
    order,
    calls,
    ...(ended
      ? {
          lastSession: { ...s.lastSession, [h.headsetId]: ended },
          sessionsEnded: s.sessionsEnded + 1,
        }
      : {}),
  });
}

function onFrame(frame: ServerFrame): void {
  switch (frame.type) {
    case 'hello': {
      const m = consoleHub.getState().mirror;
      if (m) link?.send({ type: 'mirror', headsetIds: [m] });
      return;
    }
    case 'headsets': {
      // Keep what was known of each listed headset, so a session that ended while the console
      // was reconnecting is still noticed by upsert.
      const before = consoleHub.getState().headsets;
      const headsets: Record<string, HeadsetSummary> = {};
      for (const h of frame.headsets) headsets[h.headsetId] = before[h.headsetId] ?? h;
      consoleHub.setState({ headsets, order: frame.headsets.map((h) => h.headsetId), calls: {} });
      for (const h of frame.headsets) upsert(h);
      return;
    }
    case 'headset':
      return upsert(frame.headset);
    case 'alert': {
      const s = consoleHub.getState();
      consoleHub.setState({ calls: { ...s.calls, [frame.headsetId]: frame.alert.atMs } });
      playAlertChime();
      return;
    }
    case 'pose':
      mirrorPoses.set(frame.headsetId, { p: frame.p, atMs: performance.now() });
      return;
    case 'command_result': {
      const done = waiting.get(frame.commandId);
      waiting.delete(frame.commandId);
      done?.({ ok: frame.ok, ...(frame.reason ? { reason: frame.reason } : {}) });
      if (!frame.ok) {
        consoleHub.setState({
          notice: { headsetId: frame.headsetId, text: frame.reason ?? 'The headset said no' },
        });
      }
      return;
    }
    default:
      return;
  }
}

export function hubUrl(loc: Location = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api/hub`;
}

/** Connects the console (its staff cookie goes with the upgrade). Returns a stop function. */
export function startConsoleHub(connect?: () => SocketLike): () => void {
  link?.close();
  link = createHubLink({
    connect: connect ?? (() => new WebSocket(hubUrl()) as unknown as SocketLike),
    onFrame,
    onState: (state) => consoleHub.setState({ link: state }),
    now: () => performance.timeOrigin + performance.now(),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (h) => window.clearTimeout(h as number),
  });
  const mine = link;
  return () => {
    mine.close();
    if (link === mine) link = null;
  };
}

/** Sends one command and resolves with the headset's answer (or the hub's refusal). */
export function sendCommand(headsetId: string, command: Command): Promise<Result> {
  const id = uuidV4();
  consoleHub.setState({ notice: null });
  if (!link?.send({ type: 'command', id, headsetId, command })) {
    const r = { ok: false, reason: 'The console is not connected to the server' };
    consoleHub.setState({ notice: { headsetId, text: r.reason } });
    return Promise.resolve(r);
  }
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    window.setTimeout(() => {
      if (waiting.delete(id)) resolve({ ok: false, reason: 'No answer' });
    }, 15_000);
  });
}

/** How far ahead of now a group's shared breathing clock starts (server time). */
export const GROUP_LEAD_MS = 3000;

/** One headset of a start: whom it is for, and that resident's own caption size. */
export interface PrepareTarget {
  headsetId: string;
  residentId: string | null;
  captionSize?: SessionPlan['captionSize'];
  /** A social room to send the headset into (none: a relaxation session). */
  room?: SessionPlan['room'];
}

/**
 * Prepares the same session on each chosen headset. Several headsets form a group: one shared
 * breathing clock, starting a moment from now in server time. Per headset, the plan adds its
 * resident (and their caption size); everything else is shared.
 */
export async function prepareSessions(
  targets: readonly PrepareTarget[],
  plan: Omit<SessionPlan, 'group' | 'residentId' | 'room'>,
): Promise<Record<string, Result>> {
  const group =
    targets.length > 1 && link
      ? { groupId: uuidV4(), startAtMs: Math.round(link.serverNow() + GROUP_LEAD_MS) }
      : null;
  const results = await Promise.all(
    targets.map((x) =>
      sendCommand(x.headsetId, {
        kind: 'prepare',
        plan: {
          ...plan,
          residentId: x.residentId,
          ...(x.captionSize ? { captionSize: x.captionSize } : {}),
          group,
          room: x.room ?? null,
        },
      }),
    ),
  );
  return Object.fromEntries(targets.map((x, i) => [x.headsetId, results[i]!]));
}

export function openMirror(headsetId: string | null): void {
  consoleHub.setState({ mirror: headsetId });
  link?.send({ type: 'mirror', headsetIds: headsetId ? [headsetId] : [] });
}

export function dismissNotice(): void {
  consoleHub.setState({ notice: null });
}
