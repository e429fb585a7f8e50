import {
  checkCommand,
  idleStatus,
  nextStatus,
  type HeadsetEvent,
} from '../../core/protocol/headsetMachine.ts';
import { createHubLink, type HubLink, type SocketLike } from '../../core/protocol/hubLink.ts';
import type { Command, HeadsetStatus, ServerFrame } from '../../core/protocol/messages.ts';
import { elapsedAt } from '../../core/session/clock.ts';
import { extendTimeline } from '../../core/session/extend.ts';
import { stepAt } from '../../core/session/timeline.ts';
import { narrativeTime, setMeasurePlan } from '../measures/measureGate.ts';
import { captionText, timelineFor } from '../session/narrationLoader.ts';
import { findScene, SCENES } from '../scenes/registry.ts';
import { getLogger, logEvent } from '../session/logging.ts';
import {
  backToSetup,
  configure,
  effectivePattern,
  extendSession,
  pauseSession,
  requestLeave,
  resumeSession,
  sessionStore,
  type SessionState,
} from '../session/sessionStore.ts';
import { compactPose } from './headPose.ts';
import { groupClock, joinGroup, localEpochMs, setClockOffset } from './groupClock.ts';
import { headsetHubStore } from './hubStore.ts';
import { enterRoom } from './roomHandoff.ts';

const STATUS_EVERY_MS = 1000;
const POSE_EVERY_MS = 100;

export function hubUrl(loc: Location = window.location): string {
  // `as=headset`: the hub ignores any staff cookie this browser holds and uses the token.
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api/hub?as=headset`;
}

function sessionTime(s: SessionState): number {
  return s.clock ? elapsedAt(s.clock, performance.now()) : 0;
}

/** Session events that the store changes imply, in the order they happened. */
function eventsBetween(prev: SessionState, next: SessionState): HeadsetEvent[] {
  const out: HeadsetEvent[] = [];
  if (prev.stage !== 'running' && next.stage === 'running' && next.sessionId) {
    const plan = headsetHubStore.getState().prepared;
    out.push({
      type: 'began',
      sessionId: next.sessionId,
      scene: next.config.sceneId,
      mode: next.mode,
      totalMs: next.config.lengthMin * 60_000,
      language: next.config.language,
      residentId: plan?.residentId ?? null,
      groupId: plan?.group?.groupId ?? null,
    });
  }
  if (next.paused !== prev.paused) out.push({ type: next.paused ? 'paused' : 'resumed' });
  if (next.extendedMs > prev.extendedMs) {
    out.push({ type: 'extended', addMs: next.extendedMs - prev.extendedMs });
  }
  if (next.staffCalled !== prev.staffCalled) {
    out.push({ type: next.staffCalled ? 'staff_called' : 'call_acknowledged' });
  }
  if (next.captionRef && next.captionRef !== prev.captionRef) {
    out.push({ type: 'caption', text: captionText(next.config.language, next.captionRef) });
  }
  if (prev.stage !== 'leaving' && next.stage === 'leaving') out.push({ type: 'leaving' });
  if (prev.stage !== 'finished' && next.stage === 'finished') out.push({ type: 'finished' });
  if (next.stage === 'setup' && prev.stage !== 'setup') out.push({ type: 'finished' });
  if (next.config.language !== prev.config.language) {
    out.push({ type: 'language', language: next.config.language });
  }
  return out;
}

/** Where in the session the headset is, for the 1 Hz status. */
function progress(s: SessionState): HeadsetEvent | null {
  if (s.stage !== 'running' && s.stage !== 'leaving') return null;
  const scene = findScene(s.config.sceneId) ?? SCENES[0]!;
  const base = timelineFor({
    script: scene.manifest.narration,
    lengthMin: s.config.lengthMin,
    pattern: effectivePattern(s.config, scene.manifest.defaultPattern),
    guideVisible: s.config.guideVisible,
  });
  const timeline = base ? extendTimeline(base, s.extendedMs) : null;
  const totalMs = timeline ? timeline.totalMs : s.config.lengthMin * 60_000 + s.extendedMs;
  // Time spent answering measures does not count against the session's length.
  const elapsedMs = Math.min(narrativeTime(sessionTime(s)), totalMs);
  const step = (timeline ? stepAt(timeline, elapsedMs)?.id : undefined) ?? 'practice';
  return { type: 'progress', elapsedMs, step };
}

export interface HeadsetLinkOptions {
  /** The device token; null on an unpaired device (the link then stays off). */
  token: () => string | null;
  connect?: () => SocketLike;
  /** The hub refused this headset for good (e.g. its pairing was revoked). */
  onRefused?: () => void;
}

/**
 * Connects this headset to the hub and keeps it connected: reports status (every second and on
 * every change) and, during a session, the head pose at 10 Hz; acts on staff commands through
 * the session store's actions. Losing the hub changes nothing on the headset: the session runs
 * on, and the status is sent again on reconnect.
 */
export function startHeadsetLink(opts: HeadsetLinkOptions): () => void {
  let status: HeadsetStatus = idleStatus(sessionStore.getState().config.language);
  let lastSent = '';
  let link: HubLink | null = null;

  const sendStatus = (force: boolean) => {
    const text = JSON.stringify(status);
    if (!force && text === lastSent) return;
    if (link?.send({ type: 'status', status })) lastSent = text;
  };
  const apply = (events: HeadsetEvent[]) => {
    for (const e of events) status = nextStatus(status, e);
    sendStatus(false);
  };
  const ack = (commandId: string, ok: boolean, reason?: string) =>
    link?.send({ type: 'ack', commandId, ok, ...(reason ? { reason } : {}) });

  const onCommand = (id: string, command: Command) => {
    const check = checkCommand(status, true, command);
    if (!check.ok) return ack(id, false, check.reason);
    const s = sessionStore.getState();
    const at = sessionTime(s);
    switch (command.kind) {
      case 'prepare': {
        const { plan } = command;
        if (plan.room) {
          // A social room: the room page runs it (and takes over this hub connection).
          apply([{ type: 'prepared', plan }]);
          enterRoom(plan);
          break;
        }
        if (s.stage === 'finished') backToSetup();
        configure({
          sceneId: plan.scene,
          lengthMin: plan.lengthMin,
          language: plan.language,
          pattern: plan.pattern,
          guideVisible: plan.guideVisible,
        });
        if (plan.captionSize) sessionStore.setState({ captionSize: plan.captionSize });
        headsetHubStore.setState({ prepared: plan });
        // Staff chose the measures for this session (none, or others than the default).
        setMeasurePlan(plan.measures);
        joinGroup(plan.group?.startAtMs ?? null);
        apply([{ type: 'prepared', plan }]);
        break;
      }
      case 'pause':
        if (s.sessionId && pauseSession(performance.now())) {
          logEvent(s.sessionId, at, 'paused', { by: 'staff' });
        }
        break;
      case 'resume':
        if (s.sessionId && resumeSession(performance.now())) {
          logEvent(s.sessionId, at, 'resumed', { by: 'staff' });
        }
        break;
      case 'extend':
        if (s.sessionId && extendSession(command.minutes * 60_000)) {
          logEvent(s.sessionId, at, 'extended', { minutes: command.minutes, by: 'staff' });
        }
        break;
      case 'end':
        if (s.stage === 'setup') {
          headsetHubStore.setState({ prepared: null });
          setMeasurePlan(null);
          joinGroup(null);
          apply([{ type: 'cancelled' }]);
        } else if (s.sessionId) {
          logEvent(s.sessionId, at, 'ended_by_staff', {});
          requestLeave('interrupted');
        }
        break;
      case 'acknowledge_call':
        sessionStore.setState({ staffCalled: false });
        break;
    }
    ack(id, true);
  };

  const onFrame = (frame: ServerFrame) => {
    if (frame.type === 'hello') {
      lastSent = '';
      sendStatus(true);
    } else if (frame.type === 'command') {
      onCommand(frame.id, frame.command);
    } else if (frame.type === 'pong') {
      const c = link?.clock();
      if (c) setClockOffset(c.offsetMs);
    }
  };

  if (!opts.token()) return () => undefined;
  link = createHubLink({
    connect: opts.connect ?? (() => new WebSocket(hubUrl()) as unknown as SocketLike),
    token: opts.token,
    onFrame,
    onState: (state) => {
      headsetHubStore.setState({ link: state });
      if (state === 'refused') opts.onRefused?.();
    },
    now: localEpochMs,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (h) => window.clearTimeout(h as number),
  });

  const unsubscribe = sessionStore.subscribe((next, prev) => {
    const events = eventsBetween(prev, next);
    if (next.stage === 'running' && prev.stage !== 'running') {
      // The prepared plan is used up (its measures were read at Begin); the group clock stays.
      headsetHubStore.setState({ prepared: null });
      setMeasurePlan(null);
    }
    if ((next.stage === 'finished' || next.stage === 'setup') && prev.stage !== next.stage) {
      if (!headsetHubStore.getState().prepared) joinGroup(null);
    }
    if (next.staffCalled && !prev.staffCalled) {
      link?.send({
        type: 'alert',
        alert: { kind: 'call_staff', sessionId: next.sessionId, atMs: link.serverNow() },
      });
    }
    if (events.length) apply(events);
  });
  let unsubscribeLogger: (() => void) | null = null;
  let live = true;
  void getLogger().then((l) => {
    if (!live) return;
    const update = () => apply([{ type: 'unsent', count: l.unsent() }]);
    update();
    unsubscribeLogger = l.subscribe(update);
  });
  const statusTimer = window.setInterval(() => {
    const p = progress(sessionStore.getState());
    if (p) status = nextStatus(status, p);
    sendStatus(true);
  }, STATUS_EVERY_MS);
  const poseTimer = window.setInterval(() => {
    if (status.state === 'in_session') link?.send({ type: 'pose', p: compactPose() });
  }, POSE_EVERY_MS);

  if (__HAFAN_EMULATOR__) {
    window.__hafanHub = { status: () => status, link: () => link, groupClock, pose: compactPose };
  }
  return () => {
    live = false;
    unsubscribe();
    unsubscribeLogger?.();
    window.clearInterval(statusTimer);
    window.clearInterval(poseTimer);
    link?.close();
  };
}

declare global {
  interface Window {
    /** Test builds: the headset's hub status, link and group clock. */
    __hafanHub?: {
      status: () => HeadsetStatus;
      link: () => HubLink | null;
      groupClock: typeof groupClock;
      pose: typeof compactPose;
    };
  }
}
