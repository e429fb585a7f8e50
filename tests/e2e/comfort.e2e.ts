import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowserForFile } from './harness.ts';
import { canvasPixels, enterVr, look, pressControllerButton } from './pageTools.ts';

const h = serverAndBrowserForFile();
const DEG = Math.PI / 180;

async function head(page: Page) {
  return page.evaluate(() => window.__hafanHead ?? null);
}

describe('seated comfort in the headset', () => {
  it('puts a resident on a low chair at the seated viewpoint, and recentres by gaze-dwell', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/?emulate=1&stats=1&timeScale=2`);
    // A low chair, off to one side: the head is at 0.98 m, not the scenes' 1.15 m.
    await page.waitForFunction(() => window.__hafanXR !== undefined);
    await page.evaluate(() => window.__hafanXR!.device.position.set(0.25, 0.98, 0.1));
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    const placed = () => head(page);
    await expect
      .poll(
        async () => {
          const p = await placed();
          return p && Math.abs(p.x) + Math.abs(p.z) + Math.abs(p.y - 1.15) < 0.01;
        },
        { timeout: 20_000 },
      )
      .toBe(true);

    // The resident leans and turns 50° to the left, then pauses with the A button.
    await page.evaluate(() => window.__hafanXR!.device.position.set(0.35, 0.98, 0.1));
    await look(page, 0, 50);
    await expect
      .poll(async () => (await placed())?.yaw ?? 0, { timeout: 10_000 })
      .toBeCloseTo(50 * DEG, 1);
    await pressControllerButton(page, 'right', 'a-button');
    await page.getByTestId('paused').waitFor({ timeout: 15_000 });

    // The menu opened facing them; look at "Recentre view" (row 2, left) and hold the gaze.
    const yaw = 50 * DEG;
    const local = { x: -0.51, y: 1.05 - 0.4, z: -1.5 };
    const button = {
      x: local.x * Math.cos(yaw) + local.z * Math.sin(yaw),
      y: local.y,
      z: -local.x * Math.sin(yaw) + local.z * Math.cos(yaw),
    };
    const at = (await placed())!;
    const d = { x: button.x - at.x, y: button.y - at.y, z: button.z - at.z };
    const lookYaw = Math.atan2(-d.x, -d.z) / DEG;
    const lookPitch = Math.atan2(d.y, Math.hypot(d.x, d.z)) / DEG;
    await look(page, lookPitch, lookYaw);
    await page.screenshot({ path: 'docs/screenshots/pause-menu-recentre-vr.png' });

    // Recentred: the head is back at the viewpoint, facing the scene (pitch is left alone).
    await expect
      .poll(
        async () => {
          const p = await placed();
          return p && Math.abs(p.x) + Math.abs(p.z) + Math.abs(p.y - 1.15) + Math.abs(p.yaw);
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.02);
    await pressControllerButton(page, 'right', 'a-button');
    await page.getByTestId('paused').waitFor({ state: 'detached', timeout: 10_000 });
    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.close();
  });
});

describe('hand input', () => {
  it('chooses with a hand pinch (iwer hand tracking): turns the voice down, goes back, carries on', async () => {
    const page = await h.context.newPage();
    await enterVr(page, `${h.server.url}/?emulate=1&stats=1&timeScale=2`);
    // Open the menu by looking at Pause, then look well away so no gaze can choose.
    await look(page, -31, 0);
    await page.getByTestId('paused').waitFor({ timeout: 15_000 });
    await look(page, 0, -70);

    // Hands instead of controllers: point the right hand straight ahead at a choice and pinch.
    await page.evaluate(() => (window.__hafanXR!.device.primaryInputMode = 'hand'));
    const pinchAt = async (x: number, y: number) => {
      await page.evaluate(
        ({ x, y }) => {
          const hand = window.__hafanXR!.device.hands.right!;
          hand.position.set(x, y, -0.5);
          hand.quaternion.set(0, 0, 0, 1);
        },
        { x, y },
      );
      await page.waitForTimeout(800);
      await page.evaluate(async () => {
        const hand = window.__hafanXR!.device.hands.right!;
        const start = window.__hafanStats?.frames ?? 0;
        hand.updatePinchValue(1);
        while ((window.__hafanStats?.frames ?? 0) < start + 3) {
          await new Promise((r) => setTimeout(r, 20));
        }
        hand.updatePinchValue(0);
      });
    };
    const voiceVolume = () =>
      page.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('hafan.device-settings') ?? '{}') as {
              volume?: { narration?: number };
            }
          ).volume?.narration ?? 1,
      );
    // Volume (second row), then "Quieter" under Voice, then Back.
    await pinchAt(-0.17, 0.65);
    await pinchAt(-0.46, 0.79);
    await expect.poll(voiceVolume, { timeout: 10_000 }).toBe(0.75);
    // A look at the page (above its buttons, so the gaze chooses nothing), then away again.
    await look(page, 10, 0);
    await page.waitForTimeout(600);
    await page.screenshot({ path: 'docs/screenshots/pause-volume-vr.png' });
    await look(page, 0, -70);
    await pinchAt(0, 0.51);
    // And "Carry on".
    await pinchAt(-0.2, 1.05);
    await page.getByTestId('paused').waitFor({ state: 'detached', timeout: 10_000 });

    await page.evaluate(() => (window.__hafanXR!.device.primaryInputMode = 'controller'));
    await page.waitForTimeout(500);
    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.close();
  });
});

describe('volume on a tablet', () => {
  it('is changed from the 2D pause menu and kept by the device for the next session', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/?stats=1`);
    // Start from this device's defaults (an earlier test in this browser turned the voice down).
    await page.evaluate(() => localStorage.removeItem('hafan.device-settings'));
    await page.reload();
    await page.getByTestId('enter-2d').click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Voice: Quieter' }).click();
    await page.getByRole('button', { name: 'Voice: Quieter' }).click();
    await page.getByRole('button', { name: 'Sounds: Louder' }).click();
    await expect.poll(() => page.getByTestId('volume-narration').textContent()).toBe('50%');

    // Dim, twice: the scene darkens gently (captions and menus are drawn over the dimming).
    await page.waitForTimeout(2500);
    const before = (await canvasPixels(page)).meanLuma;
    await page.getByRole('button', { name: 'Dim', exact: true }).click();
    await page.getByRole('button', { name: 'Dimmed 1 of 2' }).click();
    await page.getByRole('button', { name: 'Dimmed 2 of 2' }).waitFor();
    await expect
      .poll(async () => (await canvasPixels(page)).meanLuma, { timeout: 15_000 })
      .toBeLessThan(before * 0.75);
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });

    await page.reload();
    await page.getByTestId('enter-2d').click();
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByTestId('volume-narration').textContent()).toBe('50%');
    expect(await page.getByTestId('volume-ambience').textContent()).toBe('100%');
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.close();
  });
});
