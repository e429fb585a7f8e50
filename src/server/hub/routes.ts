import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import {
  AuthFrameSchema,
  MAX_FRAME_BYTES,
  decodeFrame,
  encodeFrame,
} from '../../core/protocol/messages.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import {
  getHubHeadset,
  linkSessionResident,
  listHubHeadsets,
  residentSite,
  touchHeadset,
} from '../storage/hubHeadsets.ts';
import { CLOSE, type HubOptions, type HubSocket } from './connection.ts';
import { Hub } from './hub.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The live hub: channels register here (see hub/channels.ts). */
    hub: Hub;
  }
}

export interface HubRouteOptions extends HubOptions {
  /** Who is calling, from the upgrade request's headers (cookie or `Authorization: Bearer`). */
  resolvePrincipal: (headers: IncomingHttpHeaders) => Promise<Principal | null>;
  /** Origins a staff browser may connect from besides the server's own (e.g. a dev server). */
  allowedOrigins?: readonly string[];
  /** How long a connection without credentials has to send its `auth` frame. */
  authTimeoutMs?: number;
  /** Interval of protocol-level pings that find dead connections. */
  heartbeatMs?: number;
}

export const HUB_PATH = '/api/hub';
/** Where headset and guest pages connect: their token in the first frame, cookies ignored. */
export const DEVICE_HUB_QUERY = '?as=headset';
/** Frames that may arrive while a connection is still being admitted; more are dropped. */
const EARLY_FRAMES = 16;

/**
 * A cookie-authenticated browser must come from our own origin, or any page on the web could
 * open the hub with a signed-in nurse's cookie (cross-site WebSocket hijacking).
 */
export function originAllowed(req: FastifyRequest, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (extra.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function asSocket(ws: WebSocket): HubSocket {
  return {
    send: (data) => {
      if (ws.readyState === ws.OPEN) ws.send(data);
    },
    close: (code, reason) => {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** The WebSocket hub at /api/hub: one connection per headset and per console. */
export async function hubRoutes(
  app: FastifyInstance,
  { db }: Database,
  opts: HubRouteOptions,
): Promise<Hub> {
  const hub = new Hub(
    {
      listHeadsets: (siteId) => listHubHeadsets(db, siteId),
      getHeadset: (id) => getHubHeadset(db, id),
      touchHeadset: (id, at) => touchHeadset(db, id, at),
      residentSite: (id) => residentSite(db, id),
      linkSessionResident: (session, headset, resident) =>
        linkSessionResident(db, session, headset, resident),
    },
    opts,
  );
  app.decorate('hub', hub);
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  app.addHook('preClose', async () => hub.closeAll());
  const authTimeoutMs = opts.authTimeoutMs ?? 5000;
  const heartbeatMs = opts.heartbeatMs ?? 25_000;

  // Open to anyone at the HTTP level: a browser cannot send a device token on the upgrade, so
  // the hub authenticates each connection itself (cookie on upgrade, or the first `auth` frame).
  app.get(HUB_PATH, { websocket: true, config: { access: ['public'] } }, (ws, req) => {
    const socket = asSocket(ws);
    let handlers: Awaited<ReturnType<Hub['admit']>> = null;
    let closed = false;
    let awaitingToken: ((token: string | null | undefined) => void) | null = null;
    const early: [RawData, boolean][] = [];

    const readToken = (data: RawData) => {
      const r = decodeFrame(AuthFrameSchema, toBytes(data).toString());
      return r.ok ? r.frame.token : null;
    };
    const dispatch = (data: RawData, isBinary: boolean) => {
      if (!handlers) return;
      if (isBinary) handlers.onBinary(toBytes(data));
      else handlers.onText(toBytes(data).toString());
    };
    ws.on('message', (data, isBinary) => {
      if (handlers) return dispatch(data, isBinary);
      if (awaitingToken) {
        awaitingToken(isBinary ? null : readToken(data));
        awaitingToken = null;
        return;
      }
      if (early.length < EARLY_FRAMES) early.push([data, isBinary]);
    });
    let alive = true;
    ws.on('pong', () => (alive = true));
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, heartbeatMs);
    heartbeat.unref();
    ws.on('close', () => {
      closed = true;
      clearInterval(heartbeat);
      awaitingToken?.(undefined);
      handlers?.onClose();
    });
    ws.on('error', (err) => req.log.warn({ err }, 'hub socket error'));

    /** The token of the first frame; null for a frame that is not an auth frame; undefined for none. */
    const waitForToken = () =>
      new Promise<string | null | undefined>((resolve) => {
        // The client may have sent its auth frame before we got here.
        const first = early.shift();
        if (first) return resolve(first[1] ? null : readToken(first[0]));
        const timer = setTimeout(() => resolve(undefined), authTimeoutMs);
        awaitingToken = (token) => {
          clearTimeout(timer);
          resolve(token);
        };
      });

    const refuseToken = () => {
      socket.send(
        encodeFrame({ type: 'error', code: 'unauthenticated', message: 'The token is not valid' }),
      );
      socket.close(CLOSE.unauthenticated, 'Invalid token');
    };
    const admit = async () => {
      // A headset or guest page says so (`?as=headset`): then a staff cookie that the same
      // browser happens to hold is ignored, and only its token counts.
      const device =
        (req.query as Record<string, unknown>).as !== undefined &&
        (req.query as Record<string, unknown>).as !== 'console';
      const headers = device
        ? req.headers.authorization
          ? { authorization: req.headers.authorization }
          : {}
        : req.headers;
      let principal = await opts.resolvePrincipal(headers);
      if (principal?.kind === 'user' && !originAllowed(req, opts.allowedOrigins ?? [])) {
        return socket.close(CLOSE.forbidden, 'Connect from the Hafan console page');
      }
      // A bearer token on the upgrade that is not valid is refused at once; with no
      // credentials at all the client has a moment to send its auth frame.
      if (!principal && req.headers.authorization) return refuseToken();
      if (!principal) {
        const token = await waitForToken();
        if (closed) return;
        if (token === undefined) {
          socket.send(
            encodeFrame({ type: 'error', code: 'unauthenticated', message: 'Sign in first' }),
          );
          return socket.close(CLOSE.authTimeout, 'No credentials');
        }
        principal =
          token === null ? null : await opts.resolvePrincipal({ authorization: `Bearer ${token}` });
        if (!principal || principal.kind === 'user') return refuseToken();
      }
      if (closed) return;
      handlers = await hub.admit(socket, principal);
      if (closed) return handlers?.onClose();
      for (const [data, isBinary] of early.splice(0)) dispatch(data, isBinary);
    };
    admit().catch((err: unknown) => {
      req.log.error({ err }, 'hub admission failed');
      socket.close(1011, 'Server error');
    });
  });
  return hub;
}
