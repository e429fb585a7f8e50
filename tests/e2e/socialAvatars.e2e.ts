import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seatTransform } from '../../src/core/social/seats.ts';
import { campfireManifest } from '../../src/experience/scenes/campfire/manifest.ts';
import { REST_LEFT, REST_RIGHT } from '../../src/experience/social/avatarProbe.ts';
import { launch } from './browser.ts';
import { blockExternal, pressControllerButton } from './pageTools.ts';
import { adminOf, pairHeadsetPage } from './pairing.ts';
import { startServer, type RunningServer } from './server.ts';
import {
  distance,
  drawnAt,
  EYE,
  framesPass,
  joinInVr,
  lightComesOn,
  lightStaysOff,
  lookAt,
  memberOf,
  sentHand,
} from './socialPages.ts';

/**
 * Two headsets in one room: a resident, and a member of staff who joins in VR from the console's
 * "Join in a headset" link. Chromium's fake microphone beeps, so each hears the other: the
 * speaking light is read from what the listener's avatar draws (measured on the received WebRTC
 * audio), and the hands from where the avatar's hand meshes are drawn.
 */
const SHOTS = 'docs/screenshots';
const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
let server: RunningServer;
let residentCtx: BrowserContext;
let staffCtx: BrowserContext;
let resident: Page;
let staff: Page;
let roomId: string;
let staffHeadset: string;

beforeAll(async () => {
  server = await startServer();
  residentCtx = await launch({ width: 480, height: 300, extraArgs: FAKE_MEDIA });
  staffCtx = await launch({ width: 480, height: 300, extraArgs: FAKE_MEDIA });
  for (const c of [residentCtx, staffCtx]) blockExternal(c);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  for (const c of [residentCtx, staffCtx]) await c?.close();
  expect(await server?.stop()).toBe(0);
});

describe('staff in a headset, the speaking light and tracked hands', () => {
  let staffSeat: number;
  let residentSeat: number;

  it('staff find "Join in a headset" on the console and join in VR, as staff', async () => {
    const admin = await adminOf(server);
    const [name, ...value] = (admin.headers.cookie ?? '').split('=');
    await staffCtx.addCookies([{ name: name!, value: value.join('='), url: server.url }]);
    // The staff browser is a paired headset's: staff=1 must still join by the staff sign-in.
    staffHeadset = (await pairHeadsetPage(staffCtx, server, 'Staff Quest')).headset.id;
    await pairHeadsetPage(residentCtx, server, 'Oak Lounge 2');
    const res = await fetch(`${server.url}/api/social/rooms`, {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ scene: 'campfire', siteId: admin.siteId }),
    });
    expect(res.status).toBe(201);
    roomId = ((await res.json()) as { room: { id: string } }).room.id;

    const consolePage = await staffCtx.newPage();
    await consolePage.setViewportSize({ width: 768, height: 900 });
    await consolePage.goto(`${server.url}/console/rooms`);
    await consolePage.click('button:has-text("Campfire by the sea")');
    const link = consolePage.getByTestId('join-in-headset');
    await link.waitFor();
    const href = (await link.locator('a').getAttribute('href'))!;
    expect(href).toContain(`/room/${roomId}?`);
    expect(await link.textContent()).toContain(`${server.url}${href}`);
    await consolePage.close();

    resident = await residentCtx.newPage();
    await joinInVr(
      resident,
      `${server.url}/room/${roomId}?emulate=1&stats=1&name=Mair&colour=rose`,
    );
    staff = await staffCtx.newPage();
    await joinInVr(staff, `${server.url}${href}&emulate=1&stats=1`);
    const self = await staff.evaluate(() => {
      const s = window.__hafanSocial!.state();
      return s.room!.members.find((m) => m.id === s.me)!;
    });
    expect(self.kind).toBe('staff');
    await expect
      .poll(async () => (await memberOf(resident, 'Staff'))?.kind, { timeout: 15_000 })
      .toBe('staff');
    staffSeat = (await memberOf(resident, 'Staff'))!.seat;
    residentSeat = (await memberOf(staff, 'Mair'))!.seat;
    expect(staffSeat).not.toBe(residentSeat);
  }, 240_000);

  it('the voice connects both ways', async () => {
    const staffId = (await memberOf(resident, 'Staff'))!.id;
    const residentId = (await memberOf(staff, 'Mair'))!.id;
    await resident.waitForFunction(
      (id) => window.__hafanSocial?.state().voice[id] === 'connected',
      staffId,
      { timeout: 30_000 },
    );
    await staff.waitForFunction(
      (id) => window.__hafanSocial?.state().voice[id] === 'connected',
      residentId,
      { timeout: 30_000 },
    );
  });

  it('the resident sees the staff member’s speaking light while they speak, from the audio heard', async () => {
    // Chromium's fake microphone beeps: the resident's page hears it on the WebRTC stream.
    await resident.waitForFunction(
      (seat) => window.__hafanSocial?.avatars[seat]?.speech.speaking === true,
      staffSeat,
      { timeout: 30_000, polling: 50 },
    );
    // and the other way: each side's voice reaches the other (whoever joined second too)
    await staff.waitForFunction(
      (seat) => window.__hafanSocial?.avatars[seat]?.speech.speaking === true,
      residentSeat,
      { timeout: 30_000, polling: 50 },
    );
    const lit = (await drawnAt(resident, staffSeat))!;
    expect(lit.memberId).toBe((await memberOf(resident, 'Staff'))!.id);
    expect(lit.heard + lit.glow).toBeGreaterThan(0);
    await resident.evaluate(() => {
      // the resident's own controllers out of the picture
      for (const c of Object.values(window.__hafanXR!.device.controllers)) c?.position.set(0, 0, 1);
    });
    // a frame with the light up, from the listener's side, looking at the speaker
    const radius = campfireManifest.social.seatRadius;
    const [from, to] = [seatTransform(residentSeat, radius), seatTransform(staffSeat, radius)];
    const [dx, dz, c, s] = [to.x - from.x, to.z - from.z, Math.cos(from.yaw), Math.sin(from.yaw)];
    await lookAt(resident, dx * c - dz * s, EYE + 0.1, dx * s + dz * c);
    await resident.waitForFunction(
      (seat) => (window.__hafanSocial?.avatars[seat]?.speech.glow ?? 0) > 0.5,
      staffSeat,
      { timeout: 30_000, polling: 20 },
    );
    await resident.screenshot({ path: `${SHOTS}/social-speaking-vr.png` });
  });

  it('staff mute themselves with the in-headset target: the light goes off, the audio falls silent', async () => {
    // look at the Mute target (dwell): staff have the same targets as residents
    await lookAt(staff, 0.75, EYE - 0.6, -1.5);
    await expect
      .poll(async () => (await memberOf(resident, 'Staff'))?.muted, { timeout: 30_000 })
      .toBe(true);
    await lookAt(staff, -3, EYE + 1, -1);
    await staff.waitForFunction(() => window.__hafanSocial?.micEnabled() === false);
    // The light goes off: what arrives is silence (the muted track), not a flag.
    await lightStaysOff(resident, staffSeat);

    // unmute by pointing at the target and pulling the trigger: the light comes back
    await staff.evaluate(() => {
      const r = window.__hafanXR!.device.controllers.right!;
      r.position.set(0.75, 1.15 - 0.6, -1.2);
      r.quaternion.set(0, 0, 0, 1);
    });
    await framesPass(staff, 5);
    await pressControllerButton(staff, 'right', 'trigger');
    await expect
      .poll(async () => (await memberOf(resident, 'Staff'))?.muted, { timeout: 20_000 })
      .toBe(false);
    await lightComesOn(resident, staffSeat);
  });

  it('a staff mute from the console turns the resident’s light off for the staff member in VR', async () => {
    const consolePage = await staffCtx.newPage();
    await consolePage.setViewportSize({ width: 768, height: 900 });
    await consolePage.goto(`${server.url}/console/rooms`);
    await consolePage.click('button:has-text("Campfire by the sea")');
    await consolePage.click('button:has-text("Mute Mair")');
    await lightStaysOff(staff, residentSeat);
    await consolePage.click('button:has-text("Unmute Mair")');
    await lightComesOn(staff, residentSeat);
    await consolePage.close();
  });

  /**
   * Moves one of the resident's hands (a controller or a tracked hand) and checks that the staff
   * member's view draws that avatar's hand where the resident's headset put it.
   */
  async function handFollows(side: 'left' | 'right', at: [number, number, number], mode: string) {
    await resident.evaluate(
      ({ side, at, mode }) => {
        const d = window.__hafanXR!.device;
        const input = mode === 'hand' ? d.hands[side]! : d.controllers[side]!;
        input.connected = true;
        input.position.set(at[0], at[1], at[2]);
        input.quaternion.set(0, 0, 0, 1);
      },
      { side, at, mode },
    );
    // what the resident's headset sends for that hand: tracked, near where it was put
    await expect
      .poll(
        async () => {
          const s = await sentHand(resident, side);
          return s.tracked && s.at ? distance(s.at, at) : Infinity;
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.1);
    const sent = (await sentHand(resident, side)).at!;
    // and the staff member's view draws it there, in the seat's own space
    await expect
      .poll(
        async () => {
          const a = await drawnAt(staff, residentSeat);
          const tracked = side === 'left' ? a?.leftTracked : a?.rightTracked;
          return a && tracked ? distance(side === 'left' ? a.left : a.right, sent) : Infinity;
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.03);
  }

  async function handRests(side: 'left' | 'right', mode: string) {
    await resident.evaluate(
      ({ side, mode }) => {
        const d = window.__hafanXR!.device;
        (mode === 'hand' ? d.hands[side]! : d.controllers[side]!).connected = false;
      },
      { side, mode },
    );
    const rest: readonly number[] = side === 'left' ? REST_LEFT : REST_RIGHT;
    await expect
      .poll(
        async () => {
          const a = await drawnAt(staff, residentSeat);
          const tracked = side === 'left' ? a?.leftTracked : a?.rightTracked;
          return a && !tracked ? distance(side === 'left' ? a.left : a.right, rest) : Infinity;
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.001);
  }

  it('a resident’s controllers move the avatar’s hands for the others, and rest in the lap when put down', async () => {
    await handFollows('right', [0.3, 0.95, -0.35], 'controller');
    await handFollows('right', [0.05, 1.1, -0.45], 'controller');
    await handFollows('left', [-0.28, 0.85, -0.3], 'controller');
    await handRests('right', 'controller');
    await handRests('left', 'controller');
  });

  it('and so do tracked hands, back to the lap when tracking stops', async () => {
    await resident.evaluate(() => (window.__hafanXR!.device.primaryInputMode = 'hand'));
    await handFollows('right', [0.25, 1.0, -0.4], 'hand');
    await handFollows('left', [-0.2, 0.9, -0.3], 'hand');
    await handFollows('right', [0.1, 1.2, -0.3], 'hand');
    await handRests('right', 'hand');
    await handRests('left', 'hand');
  });

  it('staff in a headset record no session of their own, unlike a resident sent by staff', async () => {
    const db = new SqliteDatabase(path.join(server.dataDir, 'hafan.sqlite'), { readonly: true });
    try {
      const own = db
        .prepare('SELECT count(*) AS n FROM sessions WHERE headset_id = ?')
        .get(staffHeadset) as { n: number };
      expect(own.n).toBe(0);
      const joined = db
        .prepare(
          `SELECT e.data FROM events e JOIN social_rooms r ON r.session_id = e.session_id
           WHERE r.id = ? AND e.type = 'social_joined'`,
        )
        .all(roomId) as { data: string }[];
      const staffJoins = joined
        .map((j) => JSON.parse(j.data) as { memberKind?: string; memberSession: string | null })
        .filter((j) => j.memberKind === 'staff');
      expect(staffJoins.length).toBeGreaterThan(0);
      expect(staffJoins.every((j) => j.memberSession === null)).toBe(true);
    } finally {
      db.close();
    }
  });
});
