import { describe, expect, it } from 'vitest';
import { SCENES } from '../../src/experience/scenes/registry.ts';
import { serverAndBrowserForFile } from './harness.ts';

const h = serverAndBrowserForFile();

describe('procedural ambience (Web Audio, rendered offline in Chromium)', () => {
  it.each(SCENES.map((s) => [s.manifest.id, s.manifest.ambience] as const))(
    '%s: its %s bed is audible, soft and never clips',
    async (_scene, kind) => {
      const page = await h.context.newPage();
      await page.goto(`${h.server.url}/?emulate=1`);
      await page.waitForFunction(() => typeof window.__hafanRenderAmbience === 'function');
      const r = await page.evaluate((k) => window.__hafanRenderAmbience!(k, 4), kind);
      expect(r.finite).toBe(true);
      expect(r.rms).toBeGreaterThan(0.003);
      expect(r.rms).toBeLessThan(0.2);
      expect(r.peak).toBeLessThan(0.9);
      await page.close();
    },
  );
});
