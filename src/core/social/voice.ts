import type { MemberView } from './messages.ts';

/**
 * Voice as a peer-to-peer WebRTC mesh: every speaker connects to every other. Each one sends its
 * voice n-1 times, so the mesh is capped at MESH_MAX_SPEAKERS; beyond that a deployment uses an
 * SFU (see docs/social-voice.md).
 */

export const MESH_MAX_SPEAKERS = 6;

/** The seated members who are in the voice mesh: the first six to sit down, by seat order. */
export function voiceMembers(members: readonly MemberView[]): MemberView[] {
  return members.filter((m) => m.status === 'admitted').slice(0, MESH_MAX_SPEAKERS);
}

/** Which side makes the WebRTC offer: the smaller id, so two peers never both offer. */
export function isOfferer(selfId: string, peerId: string): boolean {
  return selfId < peerId;
}

/**
 * Cheap spatial voice: a stereo pan (-1 left .. 1 right) and a gain from where the speaker is
 * relative to the listener's seat. Listener at the origin facing -Z; (x, z) in the listener's
 * seat space. Close voices are not made louder than life; far ones fall off gently.
 */
export function spatialMix(x: number, z: number, out: { pan: number; gain: number }) {
  const distance = Math.hypot(x, z);
  out.pan = distance < 1e-3 ? 0 : Math.max(-1, Math.min(1, x / distance)) * 0.8;
  out.gain = 1 / Math.max(1, distance / 1.5);
  return out;
}
