import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  SetupPasswordSchema,
  SignInSchema,
  TokenSchema,
  type SignedIn,
  type UserView,
} from '../../core/schemas/auth.ts';
import { clearedSessionCookie, sessionCookie } from '../auth/cookies.ts';
import { decoyHash, hashPassword, verifyPassword } from '../auth/passwords.ts';
import { FIFTEEN_MINUTES, FailureCounter, type FailureLimit } from '../auth/rateLimit.ts';
import { userOf } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { HttpError, parseWith } from '../http/errors.ts';
import { audit } from '../storage/audit.ts';
import {
  ABSOLUTE_MS,
  createAuthSession,
  deleteAuthSession,
  deleteUserSessions,
} from '../storage/authSessions.ts';
import {
  describeSetupLink,
  findUserByUsername,
  getUserRow,
  toUserView,
  useSetupLink,
} from '../storage/users.ts';

export interface AuthRouteOptions {
  secureCookies: boolean;
  now?: () => number;
  limits?: typeof SIGN_IN_LIMITS;
}

/** Failed sign-ins allowed per username, and per client address, in 15 minutes. */
export const SIGN_IN_LIMITS: { perUsername: FailureLimit; perAddress: FailureLimit } = {
  perUsername: { max: 5, windowMs: FIFTEEN_MINUTES },
  // A care home's tablets often share one public address: allow more per address.
  perAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
};

const SetupCheckSchema = z.strictObject({ token: TokenSchema });
const USER_ROLES = ['staff', 'researcher', 'admin'] as const;

const linkInvalid = () =>
  new HttpError(
    404,
    'link_invalid',
    'This link has expired or was already used: ask an administrator for a new one',
  );

/** Sign-in, sign-out (here and everywhere), who am I, and one-time password links. */
export function authRoutes(app: FastifyInstance, { db }: Database, opts: AuthRouteOptions): void {
  const now = opts.now ?? Date.now;
  const limits = opts.limits ?? SIGN_IN_LIMITS;
  const byUsername = new FailureCounter(limits.perUsername);
  const byAddress = new FailureCounter(limits.perAddress);

  async function startSession(reply: FastifyReply, user: UserView): Promise<SignedIn> {
    const s = await createAuthSession(db, user.id, now());
    reply.header('Set-Cookie', sessionCookie(s.token, ABSOLUTE_MS / 1000, opts.secureCookies));
    reply.header('Cache-Control', 'no-store');
    return { user, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
  }

  app.post('/api/auth/sign-in', { config: { access: ['public'] } }, async (req, reply) => {
    const { username, password } = parseWith(SignInSchema, req.body, 'body');
    const name = username.trim().toLowerCase();
    const t = now();
    const wait = Math.max(byUsername.blockedFor(name, t), byAddress.blockedFor(req.ip, t));
    if (wait > 0) {
      await audit(
        db,
        {
          actor: null,
          action: 'sign_in_failed',
          subject: name,
          details: { reason: 'rate_limited', address: req.ip },
        },
        t,
      );
      const seconds = Math.ceil(wait / 1000);
      reply.header('Retry-After', String(seconds));
      throw new HttpError(
        429,
        'too_many_attempts',
        `Too many failed sign-ins: try again in ${Math.ceil(seconds / 60)} min`,
      );
    }
    const row = await findUserByUsername(db, name);
    const hash = row?.password_hash ?? (await decoyHash());
    const matches = await verifyPassword(password, hash);
    if (!row || !row.password_hash || !matches || row.disabled_at !== null) {
      byUsername.fail(name, t);
      byAddress.fail(req.ip, t);
      const reason = !row
        ? 'unknown_user'
        : !matches || !row.password_hash
          ? 'wrong_password'
          : 'disabled';
      await audit(
        db,
        {
          actor: null,
          action: 'sign_in_failed',
          subject: row?.id ?? name,
          details: { reason, username: name, address: req.ip },
        },
        t,
      );
      throw new HttpError(
        401,
        'invalid_credentials',
        'That username and password do not match an active account',
      );
    }
    byUsername.clear(name);
    const user = toUserView(row);
    const signed = await startSession(reply, user);
    await audit(
      db,
      {
        actor: { kind: 'user', userId: user.id },
        action: 'sign_in',
        subject: user.id,
        details: { address: req.ip },
      },
      t,
    );
    return signed;
  });

  app.post('/api/auth/sign-out', { config: { access: [...USER_ROLES] } }, async (req, reply) => {
    const p = userOf(req);
    await deleteAuthSession(db, p.authSessionId);
    await audit(db, { actor: p, action: 'sign_out', subject: p.userId }, now());
    reply.header('Set-Cookie', clearedSessionCookie(opts.secureCookies));
    return { signedOut: true };
  });

  app.post(
    '/api/auth/sign-out-everywhere',
    { config: { access: [...USER_ROLES] } },
    async (req, reply) => {
      const p = userOf(req);
      const sessions = await deleteUserSessions(db, p.userId);
      await audit(
        db,
        { actor: p, action: 'sign_out_everywhere', subject: p.userId, details: { sessions } },
        now(),
      );
      reply.header('Set-Cookie', clearedSessionCookie(opts.secureCookies));
      return { signedOut: true, sessions };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: [...USER_ROLES] } },
    async (req: FastifyRequest, reply) => {
      const p = userOf(req);
      const row = await getUserRow(db, p.userId);
      if (!row || !req.authSession) throw new HttpError(401, 'unauthenticated', 'Sign in first');
      reply.header('Cache-Control', 'no-store');
      const answer: SignedIn = {
        user: toUserView(row),
        csrfToken: req.authSession.csrfToken,
        expiresAt: req.authSession.expiresAt,
      };
      return answer;
    },
  );

  app.post('/api/auth/setup/check', { config: { access: ['public'] } }, async (req) => {
    const { token } = parseWith(SetupCheckSchema, req.body, 'body');
    const view = await describeSetupLink(db, token, now());
    if (!view) throw linkInvalid();
    return view;
  });

  app.post('/api/auth/setup', { config: { access: ['public'] } }, async (req, reply) => {
    const { token, password } = parseWith(SetupPasswordSchema, req.body, 'body');
    if (!(await describeSetupLink(db, token, now()))) throw linkInvalid();
    const used = await useSetupLink(db, token, await hashPassword(password), now());
    if (!used) throw linkInvalid();
    const actor = { kind: 'user' as const, userId: used.user.id };
    await audit(
      db,
      { actor, action: 'password_set', subject: used.user.id, details: { purpose: used.purpose } },
      now(),
    );
    const signed = await startSession(reply, used.user);
    await audit(
      db,
      {
        actor,
        action: 'sign_in',
        subject: used.user.id,
        details: { address: req.ip, via: 'setup_link' },
      },
      now(),
    );
    return signed;
  });
}
