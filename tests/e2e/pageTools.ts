import type { BrowserContext, Page } from 'playwright-core';

/** Blocks every request that leaves the machine and records it: Hafan must work offline. */
export function blockExternal(context: BrowserContext): string[] {
  const external: string[] = [];
  void context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => {
      external.push(route.request().url());
      return route.abort();
    },
  );
  return external;
}

export interface CanvasPixels {
  width: number;
  height: number;
  distinctColours: number;
  meanLuma: number;
  lumaStdDev: number;
}

/** Summarises the WebGL canvas's pixels (needs preserveDrawingBuffer, on with `?stats=1`). */
export function canvasPixels(page: Page): Promise<CanvasPixels> {
  return page.evaluate(() => {
    const src = document.querySelector('canvas');
    if (!src) throw new Error('no canvas on the page');
    const w = 160;
    const h = Math.max(1, Math.round((src.height / src.width) * w));
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(src, 0, 0, w, h);
    const d = ctx.getImageData(0, 0, w, h).data;
    const colours = new Set<number>();
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i]!;
      const g = d[i + 1]!;
      const b = d[i + 2]!;
      colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += y;
      sumSq += y * y;
    }
    const n = d.length / 4;
    const mean = sum / n;
    return {
      width: src.width,
      height: src.height,
      distinctColours: colours.size,
      meanLuma: mean,
      lumaStdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
    };
  });
}

export interface SceneStats {
  drawCalls: number;
  triangles: number;
  programs: number;
  frames: number;
  frameMs: number[];
  presenting: boolean;
}

export async function sceneStats(page: Page): Promise<SceneStats> {
  await page.waitForFunction(() => (window.__hafanStats?.frames ?? 0) > 10);
  return page.evaluate(() => {
    const s = window.__hafanStats!;
    return {
      drawCalls: s.drawCalls,
      triangles: s.triangles,
      programs: s.programs,
      frames: s.frames,
      frameMs: [...s.frameMs],
      presenting: s.presenting,
    };
  });
}

/**
 * Presses and releases a button on the emulated controller. Software WebGL renders a few frames a
 * second here, so the press is held until two frames have seen it (the app reads buttons per frame).
 */
export async function pressControllerButton(
  page: Page,
  hand: 'left' | 'right',
  button: string,
  /** Frames that must see the press; a trigger "click" must also release within 300 ms. */
  opts: { frames?: number; maxMs?: number } = {},
): Promise<void> {
  await page.evaluate(
    async ({ hand, button, frames, maxMs }) => {
      const device = window.__hafanXR?.device;
      if (!device) throw new Error('no emulated headset: load the page with ?emulate=1');
      const controller = device.controllers[hand];
      if (!controller) throw new Error(`no ${hand} controller`);
      // (No named helper functions in here: the test runner's transform would rename them.)
      const start = window.__hafanStats?.frames ?? 0;
      controller.updateButtonValue(button, 1);
      const deadline = performance.now() + maxMs;
      while ((window.__hafanStats?.frames ?? 0) < start + frames && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      controller.updateButtonValue(button, 0);
    },
    { hand, button, frames: opts.frames ?? 2, maxMs: opts.maxMs ?? 2000 },
  );
}

/**
 * Turns the emulated head (iwer): pitch and yaw in degrees, yaw applied first (negative pitch
 * looks down, positive yaw turns left).
 */
export async function look(page: Page, pitchDeg: number, yawDeg: number): Promise<void> {
  await page.evaluate(
    ({ p, y }) => {
      const d = window.__hafanXR?.device;
      if (!d) throw new Error('no emulated headset: load the page with ?emulate=1');
      const [hp, hy] = [(p * Math.PI) / 360, (y * Math.PI) / 360];
      // yaw then pitch (YXZ), as a quaternion
      d.quaternion.set(
        Math.sin(hp) * Math.cos(hy),
        Math.cos(hp) * Math.sin(hy),
        -Math.sin(hp) * Math.sin(hy),
        Math.cos(hp) * Math.cos(hy),
      );
    },
    { p: pitchDeg, y: yawDeg },
  );
}

/** Points an emulated controller straight ahead (along -z) from a position in metres. */
export async function pointController(
  page: Page,
  hand: 'left' | 'right',
  at: readonly [number, number, number],
): Promise<void> {
  await page.evaluate(
    ({ hand, at }) => {
      const c = window.__hafanXR?.device.controllers[hand];
      if (!c) throw new Error(`no emulated ${hand} controller: load the page with ?emulate=1`);
      c.position.set(at[0], at[1], at[2]);
      c.quaternion.set(0, 0, 0, 1);
    },
    { hand, at },
  );
}

/** Opens `url` (with ?emulate=1), presses "Enter the headset", and waits until it presents. */
export async function enterVr(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('enter-vr').click();
  await page.waitForFunction(() => window.__hafanStats?.presenting === true);
}
