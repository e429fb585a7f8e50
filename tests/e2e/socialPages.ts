import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SPEAKING } from '../../src/core/social/speaking.ts';

/**
 * Page helpers for the social-room browser tests: what a room page sees and draws (read from
 * window.__hafanSocial in test builds) and how an emulated headset (iwer) is turned and joined.
 */

/** The seated eye height of an emulated headset (src/experience/xr/comfort.ts). */
export const EYE = 1.15;

/** What `page` sees of the member called `name`. */
export function memberOf(page: Page, name: string) {
  return page.evaluate((n) => {
    const m = window.__hafanSocial?.state().room?.members.find((x) => x.name === n);
    return m ? { id: m.id, seat: m.seat!, kind: m.kind, muted: m.muted } : null;
  }, name);
}

/** The avatar at `seat` as `page` draws it this frame. */
export function drawnAt(page: Page, seat: number) {
  return page.evaluate((s) => {
    const a = window.__hafanSocial?.avatars[s];
    if (!a) return null;
    return {
      memberId: a.memberId,
      left: Array.from(a.left),
      right: Array.from(a.right),
      leftTracked: a.leftTracked,
      rightTracked: a.rightTracked,
      heard: a.heard,
      speaking: a.speech.speaking,
      glow: a.speech.glow,
    };
  }, seat);
}

/** The last pose `page` sent: a hand's position (seat space) and whether it was tracked. */
export function sentHand(page: Page, side: 'left' | 'right') {
  return page.evaluate((side) => {
    const s = window.__hafanSocial!.sentPoses;
    const at = side === 'left' ? 7 : 14;
    const flag = side === 'left' ? 1 : 2;
    return {
      tracked: (s.flags & flag) !== 0,
      at: s.values ? [s.values[at]!, s.values[at + 1]!, s.values[at + 2]!] : null,
    };
  }, side);
}

export const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Turns the emulated head towards a point in the seat's own space. */
export async function lookAt(page: Page, x: number, y: number, z: number): Promise<void> {
  await page.evaluate(
    ({ x, y, z, eye }) => {
      const d = window.__hafanXR!.device;
      d.position.set(0, eye, 0);
      const yaw = Math.atan2(-x, -z);
      const pitch = Math.atan2(y - eye, Math.hypot(x, z));
      const [hp, hy] = [pitch / 2, yaw / 2];
      d.quaternion.set(
        Math.sin(hp) * Math.cos(hy),
        Math.cos(hp) * Math.sin(hy),
        -Math.sin(hp) * Math.sin(hy),
        Math.cos(hp) * Math.cos(hy),
      );
    },
    { x, y, z, eye: EYE },
  );
}

/** Waits until the app has drawn `n` more frames (software WebGL is slow and uneven here). */
export async function framesPass(page: Page, n: number): Promise<void> {
  const start = await page.evaluate(() => window.__hafanStats?.frames ?? 0);
  await page.waitForFunction((s) => (window.__hafanStats?.frames ?? 0) >= s, start + n, {
    timeout: 30_000,
  });
}

/**
 * `listener`'s light for the avatar at `seat` goes off, and stays off for a few seconds of drawn
 * frames with the received audio silent: the mute silenced the voice itself, not just a flag.
 */
export async function lightStaysOff(listener: Page, seat: number): Promise<void> {
  await listener.waitForFunction(
    ([seat, off]) => {
      const a = window.__hafanSocial?.avatars[seat as number];
      return !!a && !a.speech.speaking && a.speech.glow === 0 && a.heard < (off as number);
    },
    [seat, SPEAKING.offLevel],
    { timeout: 30_000 },
  );
  // (what was already on its way has been played out by now)
  await framesPass(listener, 5);
  // at least 3 s and 8 drawn frames (a loaded machine draws a few frames a second)
  const during = await listener.evaluate(
    async ([seat, ms, n]) => {
      const frames = () => window.__hafanStats?.frames ?? 0;
      const seen = { speaking: 0, loudest: 0, frames: 0 };
      const [start, end] = [frames(), performance.now() + (ms as number)];
      while (frames() - start < (n as number) || performance.now() < end) {
        if (performance.now() > end + 60_000) break;
        const a = window.__hafanSocial!.avatars[seat as number]!;
        if (a.speech.speaking) seen.speaking++;
        seen.loudest = Math.max(seen.loudest, a.heard);
        await new Promise((r) => setTimeout(r, 30));
      }
      seen.frames = frames() - start;
      return seen;
    },
    [seat, 3000, 8],
  );
  expect(during.frames).toBeGreaterThanOrEqual(8);
  expect(during.speaking).toBe(0);
  expect(during.loudest).toBeLessThan(SPEAKING.offLevel);
}

/** `listener` sees the avatar at `seat` speaking (its light on). */
export async function lightComesOn(listener: Page, seat: number): Promise<void> {
  await listener.waitForFunction(
    (seat) => window.__hafanSocial?.avatars[seat]?.speech.speaking === true,
    seat,
    { timeout: 30_000, polling: 50 },
  );
}

export async function joinInVr(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.click('button:has-text("Join in the headset")', { timeout: 60_000 });
  await page.waitForFunction(() => window.__hafanStats?.presenting === true, undefined, {
    timeout: 90_000,
  });
  await page.waitForFunction(() => window.__hafanSocial?.state().phase === 'seated', undefined, {
    timeout: 90_000,
  });
}
