import type { FastifyInstance } from 'fastify';
import type { IceServer } from '../../core/social/messages.ts';
import type { Database } from '../db/database.ts';
import { socialChannel } from './channel.ts';
import { SocialRooms } from './rooms.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The open social rooms (see social/rooms.ts). */
    social: SocialRooms;
  }
}

export interface SocialOptions {
  iceServers?: IceServer[];
  now?: () => number;
}

/** Social rooms on the hub: one channel, and `app.social` for the routes and tests. */
export function installSocial(
  app: FastifyInstance,
  database: Database,
  opts: SocialOptions = {},
): SocialRooms {
  const rooms = new SocialRooms({
    database,
    iceServers: opts.iceServers ?? [],
    ...(opts.now ? { now: opts.now } : {}),
    log: (message, error) => app.log.error({ err: error }, message),
  });
  app.decorate('social', rooms);
  app.hub.registerChannel(socialChannel(rooms));
  app.addHook('onClose', async () => rooms.flush());
  return rooms;
}
