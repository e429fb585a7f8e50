import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launch } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

export interface Harness {
  server: RunningServer;
  context: BrowserContext;
}

/**
 * For a test file: the real server on a fresh database and a fresh Chromium, started before the
 * tests and stopped after them (the server must exit cleanly on SIGTERM).
 */
export function serverAndBrowserForFile(
  opts: { env?: () => Record<string, string> } = {},
): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.server = await startServer(opts.env ? { env: opts.env() } : {});
    h.context = await launch();
  });
  afterAll(async () => {
    await h.context?.close();
    expect(await h.server?.stop()).toBe(0);
  });
  return h;
}
