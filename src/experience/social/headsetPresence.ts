import { idleStatus } from '../../core/protocol/headsetMachine.ts';
import type { Command, HeadsetStatus } from '../../core/protocol/messages.ts';
import type { EndReason } from '../../core/schemas/session.ts';
import type { SessionPlan } from '../../core/schemas/sessionPlan.ts';
import { forgetRoomPlan } from '../hub/roomHandoff.ts';
import { getLogger, logEvent, startRecording } from '../session/logging.ts';
import type { SocialClient } from './socialClient.ts';

const STATUS_EVERY_MS = 1000;

/**
 * A headset that staff sent into a room from the console: the room page is then that headset on
 * the hub. It reports an in-session status (so staff see where the resident is and whom the
 * session is for), records the resident's own session (its id is the room member's
 * `memberSession`, so research links their social time to them), answers staff commands (End
 * leaves the room), and on leaving goes back to the start screen, waiting for staff again.
 */
export class HeadsetPresence {
  private status: HeadsetStatus;
  private timer: number | null = null;
  private startedAt = 0;
  private done = false;

  constructor(
    private readonly plan: SessionPlan,
    readonly sessionId: string,
    private readonly client: SocialClient,
    private readonly onEndCommand: () => void,
    private readonly go: (url: string) => void = (url) => window.location.assign(url),
  ) {
    this.status = { ...idleStatus(plan.language), state: 'ready', scene: plan.scene };
  }

  /** Answers the hub on this page's connection (call before the client starts). */
  listen(): void {
    this.client.onHubFrame = (frame) => {
      if (frame.type === 'hello') this.send();
      else if (frame.type === 'command') this.command(frame.id as string, frame.command as Command);
    };
  }

  /** The resident pressed Begin: the session starts now. */
  begin(mode: 'vr' | '2d'): void {
    this.startedAt = performance.now();
    const p = this.plan;
    this.status = {
      ...this.status,
      state: 'in_session',
      sessionId: this.sessionId,
      mode,
      step: 'room',
      elapsedMs: 0,
      residentId: p.residentId,
    };
    if (startRecording(this.sessionId)) {
      void getLogger().then((l) =>
        l.sessionStarted({
          id: this.sessionId,
          scene: p.scene,
          lengthMin: p.lengthMin,
          language: p.language,
          // rooms have no set pattern; the room's own session row says the same
          pattern: 'coherent',
          startedAt: new Date().toISOString(),
        }),
      );
      logEvent(this.sessionId, 0, 'session_started', { mode });
    }
    this.send();
    this.timer = window.setInterval(() => {
      this.status = { ...this.status, elapsedMs: Math.round(performance.now() - this.startedAt) };
      this.send();
    }, STATUS_EVERY_MS);
  }

  /** Measures are being asked (before or after the room), or not: shown to staff. */
  setMeasuring(stage: 'before' | 'after' | null): void {
    if (this.status.state !== 'in_session' || (this.status.measuring ?? null) === stage) return;
    this.status = { ...this.status, measuring: stage };
    this.send();
  }

  /** Left, removed or the room ended: record the end and go back to the start screen. */
  finish(reason: EndReason, afterMs = 4000): void {
    if (this.done) return;
    this.done = true;
    if (this.timer !== null) window.clearInterval(this.timer);
    forgetRoomPlan();
    if (this.status.state === 'in_session') {
      const tMs = performance.now() - this.startedAt;
      if (reason === 'completed') logEvent(this.sessionId, tMs, 'completed', {});
      else logEvent(this.sessionId, tMs, 'exited', { reason });
      void getLogger().then((l) =>
        l.sessionEnded(this.sessionId, { endedAt: new Date().toISOString(), endReason: reason }),
      );
    }
    this.status = idleStatus(this.plan.language);
    this.send();
    window.setTimeout(() => this.go('/'), afterMs);
  }

  private command(id: string, command: Command): void {
    const ok = command.kind === 'end' || command.kind === 'acknowledge_call';
    this.client.sendHub({
      type: 'ack',
      commandId: id,
      ok,
      ...(ok ? {} : { reason: 'The resident is in a social room: moderate it on the rooms page' }),
    });
    if (command.kind === 'end') this.onEndCommand();
  }

  private send(): void {
    this.client.sendHub({ type: 'status', status: this.status });
  }
}
