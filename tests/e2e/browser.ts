import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.HAFAN_CHROMIUM ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--autoplay-policy=no-user-gesture-required',
];

export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set HAFAN_CHROMIUM).`,
    );
  }
}

/** A fresh Chromium with its own throw-away profile; small viewport keeps SwiftShader quick. */
export async function launch(
  opts: { width?: number; height?: number; extraArgs?: string[] } = {},
): Promise<BrowserContext> {
  assertChromium();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_ARGS, ...(opts.extraArgs ?? [])],
    viewport: { width: opts.width ?? 640, height: opts.height ?? 400 },
  });
  context.on('close', () => {
    // Chromium may still be writing its profile as it exits; a leftover temp dir is harmless.
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // ignore
    }
  });
  return context;
}
