import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../src/core/protocol/messages.ts';
import type { SocialServerMessage } from '../../../src/core/social/messages.ts';
import {
  createPoseSample,
  decodePose,
  encodePose,
  POSE_FRAME_BYTES,
} from '../../../src/core/social/poseCodec.ts';
import type { Principal } from '../../../src/server/auth/principal.ts';
import { createInvite, resolveGuestToken } from '../../../src/server/storage/social.ts';
import { TEST_DATABASES } from '../databases.ts';
import { hubFixture, OAK, resolveTestPrincipal, SITE_A } from '../hub/fixture.ts';
import type { HubTestClient } from '../hub/hubClient.ts';

/** Social messages as they arrive in hub channel frames. */
async function nextSocial<T extends SocialServerMessage['t']>(
  c: HubTestClient,
  t: T,
  pred: (m: Extract<SocialServerMessage, { t: T }>) => boolean = () => true,
): Promise<Extract<SocialServerMessage, { t: T }>> {
  const f = await c.next('channel' as ServerFrame['type'], (frame) => {
    const data = (frame as unknown as { data: SocialServerMessage }).data;
    return data.t === t && pred(data as Extract<SocialServerMessage, { t: T }>);
  });
  return (f as unknown as { data: Extract<SocialServerMessage, { t: T }> }).data;
}

function pose(x: number): Buffer {
  const s = createPoseSample();
  s.values[0] = x;
  return Buffer.from(encodePose(s, new Uint8Array(POSE_FRAME_BYTES)));
}

describe.each(TEST_DATABASES)('social rooms over the hub on $name', (t) => {
  const f = hubFixture(t, {
    // the auth plugin's resolver stands in for headsets and staff; guests resolve from storage
    resolvePrincipal: async (h: IncomingHttpHeaders): Promise<Principal | null> => {
      const bearer = /^Bearer (hfg_.+)$/.exec(h.authorization ?? '')?.[1];
      if (bearer) {
        const g = await resolveGuestToken(f.database.db, bearer, Date.now());
        return g ? { kind: 'guest', guestId: g.guestId, roomId: g.roomId } : null;
      }
      return resolveTestPrincipal(h);
    },
  });

  async function guestWithCode(code: string, name: string) {
    const r = await f.app.inject({
      method: 'POST',
      url: '/api/social/join',
      payload: { code, name },
    });
    return r;
  }

  it('a headset and an invited guest meet: waiting room, admitted, poses relayed, mute', async () => {
    const live = await f.app.social.createRoom({
      siteId: SITE_A,
      scene: 'campfire',
      createdBy: 'u1',
    });
    const roomId = live.record.id;
    const invite = await createInvite(f.database.db, {
      roomId,
      ttlMin: 60,
      label: 'Mair’s daughter',
      createdBy: 'u1',
      nowMs: Date.now(),
    });
    const redeemed = await guestWithCode(invite.code.toLowerCase(), 'Siân');
    expect(redeemed.statusCode).toBe(201);
    const { token } = redeemed.json() as { token: string };

    const headset = await f.headset('token-oak-0001');
    headset.send({
      type: 'channel',
      channel: 'social',
      data: { t: 'join', v: 1, roomId, name: 'Mair', colour: 'rose' },
    });
    expect(await nextSocial(headset, 'welcome')).toMatchObject({ you: OAK, seat: 1 });

    const guest = await f.headset(token);
    guest.send({
      type: 'channel',
      channel: 'social',
      data: { t: 'join', v: 1, roomId, name: 'Siân', colour: 'sky' },
    });
    await nextSocial(guest, 'room', (m) =>
      m.room.members.some((x) => x.name === 'Siân' && x.status === 'waiting'),
    );

    const staff = await f.console('staff-a');
    staff.send({
      type: 'channel',
      channel: 'social',
      data: { t: 'join', v: 1, roomId, name: 'Ceri', colour: 'sage', as: 'moderator' },
    });
    const view = await nextSocial(staff, 'room');
    const guestId = view.room.members.find((m) => m.name === 'Siân')!.id;
    staff.send({
      type: 'channel',
      channel: 'social',
      data: { t: 'cmd', cmd: { type: 'admit', memberId: guestId } },
    });
    await nextSocial(
      guest,
      'room',
      (m) => m.room.members.find((x) => x.id === guestId)?.status === 'admitted',
    );

    guest.sendRaw(pose(0.4));
    await expect.poll(() => headset.binary.length).toBeGreaterThan(0);
    const got = decodePose(new Uint8Array(headset.binary[0]!));
    expect(got.seat).toBe(5);
    expect(got.values[0]).toBeCloseTo(0.4, 3);

    staff.send({
      type: 'channel',
      channel: 'social',
      data: { t: 'cmd', cmd: { type: 'mute', memberId: OAK, muted: true } },
    });
    await nextSocial(
      guest,
      'room',
      (m) => m.room.members.find((x) => x.id === OAK)?.mutedByStaff === true,
    );

    // the guest cannot moderate
    guest.send({ type: 'channel', channel: 'social', data: { t: 'cmd', cmd: { type: 'end' } } });
    expect(await nextSocial(guest, 'refused')).toMatchObject({ refusal: 'forbidden' });
  });

  it('refuses expired, revoked and unknown codes, and guests of another room', async () => {
    const live = await f.app.social.createRoom({
      siteId: SITE_A,
      scene: 'tea-party',
      createdBy: null,
    });
    const past = await createInvite(f.database.db, {
      roomId: live.record.id,
      ttlMin: 5,
      label: null,
      createdBy: null,
      nowMs: Date.now() - 10 * 60_000,
    });
    const expired = await guestWithCode(past.code, 'Tom');
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ error: 'invite_expired' });
    expect((await guestWithCode('ZZZZ-ZZZZ', 'Tom')).statusCode).toBe(404);
    expect((await guestWithCode('not a code!', 'Tom')).statusCode).toBe(404);
    expect(
      (await f.app.inject({ method: 'POST', url: '/api/social/join', payload: { code: 'x' } }))
        .statusCode,
    ).toBe(400);

    const other = await f.app.social.createRoom({
      siteId: SITE_A,
      scene: 'campfire',
      createdBy: null,
    });
    const invite = await createInvite(f.database.db, {
      roomId: other.record.id,
      ttlMin: 60,
      label: null,
      createdBy: null,
      nowMs: Date.now(),
    });
    const { token } = (await guestWithCode(invite.code, 'Eve')).json() as { token: string };
    const guest = await f.headset(token);
    guest.send({
      type: 'channel',
      channel: 'social',
      data: { t: 'join', v: 1, roomId: live.record.id, name: 'Eve', colour: 'plum' },
    });
    expect(await nextSocial(guest, 'refused')).toMatchObject({ refusal: 'wrong_room' });
  });
});
