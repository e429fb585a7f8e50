import { create } from 'zustand';
import type { IceServer, MemberView, RoomView } from '../../core/social/messages.ts';

export type SocialPhase =
  'connecting' | 'waiting' | 'seated' | 'ended' | 'removed' | 'refused' | 'lost';

export interface SocialState {
  phase: SocialPhase;
  me: string | null;
  room: RoomView | null;
  /** Server clock minus ours (ms), from ping/pong: shared moments start on the server's clock. */
  serverOffsetMs: number;
  /** Round trip of the ping the offset came from: the offset is good to ± half of it. */
  clockDelayMs: number | null;
  ice: IceServer[];
  selfMuted: boolean;
  mic: 'unknown' | 'on' | 'none';
  /** Voice connection state per peer id. */
  voice: Record<string, RTCPeerConnectionState>;
  message: string | null;
}

const initial: SocialState = {
  phase: 'connecting',
  me: null,
  room: null,
  serverOffsetMs: 0,
  clockDelayMs: null,
  ice: [],
  selfMuted: false,
  mic: 'unknown',
  voice: {},
  message: null,
};

/** What the room UI shows. Per-frame values (poses, voice levels) are not here. */
export const socialStore = create<SocialState>(() => initial);
export const useSocial = socialStore;

export function resetSocial(): void {
  socialStore.setState(initial);
}

export function myMember(s: SocialState): MemberView | undefined {
  return s.room?.members.find((m) => m.id === s.me);
}

export function setRoom(room: RoomView): void {
  const s = socialStore.getState();
  const me = room.members.find((m) => m.id === s.me);
  const phase: SocialPhase =
    room.status === 'ended'
      ? 'ended'
      : me?.status === 'admitted'
        ? 'seated'
        : me
          ? 'waiting'
          : s.phase;
  socialStore.setState({ room, phase });
}

export function setVoiceState(peer: string, state: RTCPeerConnectionState | null): void {
  const voice = { ...socialStore.getState().voice };
  if (state === null) delete voice[peer];
  else voice[peer] = state;
  socialStore.setState({ voice });
}

/** Server time now, by our estimate. */
export function serverNow(): number {
  return Date.now() + socialStore.getState().serverOffsetMs;
}
