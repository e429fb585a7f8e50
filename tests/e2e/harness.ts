import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PairedHeadset } from '../../src/core/schemas/auth.ts';
import { launch } from './browser.ts';
import { pairHeadsetPage } from './pairing.ts';
import { startServer, type RunningServer } from './server.ts';

export interface Harness {
  server: RunningServer;
  context: BrowserContext;
  /** The headset every page of the context opens as (unless `paired: false`). */
  headset: PairedHeadset | null;
}

/**
 * For a test file: the real server on a fresh database and a fresh Chromium, started before the
 * tests and stopped after them (the server must exit cleanly on SIGTERM). Pages of the context
 * open as a paired headset, so their sessions are recorded, unless `paired` is false.
 */
export function serverAndBrowserForFile(opts: { paired?: boolean } = {}): Harness {
  const h = { headset: null } as Harness;
  beforeAll(async () => {
    h.server = await startServer();
    h.context = await launch();
    if (opts.paired ?? true) h.headset = await pairHeadsetPage(h.context, h.server);
  });
  afterAll(async () => {
    await h.context?.close();
    expect(await h.server?.stop()).toBe(0);
  });
  return h;
}
