import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { t } from '../../src/core/i18n/catalogue.ts';
import { SCENES } from '../../src/experience/scenes/registry.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { canvasPixels, sceneStats } from './pageTools.ts';
import { apiGet } from './pairing.ts';

const h = serverAndBrowserForFile();

describe.each(SCENES.map((s) => [s.manifest.id, s.manifest] as const))(
  'scene %s',
  (id, manifest) => {
    it('is chosen on the start screen, runs a whole session in VR with no input, within budget', async () => {
      const page = await h.context.newPage();
      await page.goto(`${h.server.url}/?emulate=1&stats=1&timeScale=20`);
      await page.getByRole('button', { name: t('en', manifest.titleKey) }).click();
      await page.getByRole('button', { name: '3 minutes' }).click();
      await page.getByTestId('enter-vr').click();
      await page.waitForFunction(() => window.__hafanStats?.presenting === true);
      await page.waitForTimeout(1500);
      const stats = await sceneStats(page);
      expect(stats.drawCalls).toBeGreaterThan(2);
      expect(stats.drawCalls).toBeLessThanOrEqual(100);
      expect(stats.triangles).toBeLessThanOrEqual(300_000);
      const pixels = await canvasPixels(page);
      expect(pixels.distinctColours).toBeGreaterThan(30);
      await page.screenshot({ path: `docs/screenshots/${id}-vr.png` });
      await page.getByTestId('finished').waitFor({ timeout: 60_000 });
      const latest = async () => {
        return (await apiGet<{ sessions: SessionRecord[] }>(h.server, '/api/sessions?limit=1'))
          .sessions[0];
      };
      // The end reaches the server through the logger's outbox a moment later.
      await expect
        .poll(latest, { timeout: 15_000 })
        .toMatchObject({ scene: id, endReason: 'completed', pattern: manifest.defaultPattern });
      await page.close();
    });
  },
);
