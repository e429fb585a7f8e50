import { POSE_FRAME_KIND } from '../../core/social/poseCodec.ts';
import type { SocialServerMessage } from '../../core/social/messages.ts';
import type { Principal } from '../auth/principal.ts';
import { actorFor } from './actors.ts';
import type { SocialConnection, SocialRooms } from './rooms.ts';

/** The channel's name in hub frames: `{ type: 'channel', channel: 'social', data }`. */
export const SOCIAL_CHANNEL = 'social';

/** The parts of a hub client the social channel uses (see hub/channels.ts). */
export interface SocialHubClient {
  readonly id: string;
  readonly principal: Principal;
  sendChannel(channel: string, data: unknown): void;
  sendBinary(bytes: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * Social rooms as a hub channel: JSON messages ride in channel text frames, pose frames are the
 * binary frames whose first byte is POSE_FRAME_KIND. The hub has already authenticated,
 * size-checked and rate-limited each frame; the room service checks everything else.
 */
export function socialChannel(rooms: SocialRooms) {
  const connections = new Map<string, SocialConnection>();

  function connectionFor(client: SocialHubClient): SocialConnection | null {
    const have = connections.get(client.id);
    if (have) return have;
    const actor = actorFor(client.principal);
    if (!actor) return null;
    const conn = rooms.attach(actor, {
      send: (msg: SocialServerMessage) => client.sendChannel(SOCIAL_CHANNEL, msg),
      sendBinary: (bytes) => client.sendBinary(bytes),
      close: (code, reason) => client.close(code, reason),
      // the hub's own sender skips poses for consoles that fall behind
      bufferedAmount: () => 0,
    });
    connections.set(client.id, conn);
    return conn;
  }

  return {
    name: SOCIAL_CHANNEL,
    binaryTag: POSE_FRAME_KIND,
    accepts: (client: SocialHubClient) => actorFor(client.principal) !== null,
    onText: (client: SocialHubClient, data: unknown) => connectionFor(client)?.onData(data),
    onBinary: (client: SocialHubClient, frame: Uint8Array) =>
      connections.get(client.id)?.onBinary(frame),
    onClose: (client: SocialHubClient) => {
      connections.get(client.id)?.onClose();
      connections.delete(client.id);
    },
  };
}
