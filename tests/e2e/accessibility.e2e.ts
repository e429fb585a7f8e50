import { describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y.ts';
import { serverAndBrowserForFile } from './harness.ts';

const h = serverAndBrowserForFile();

describe('2D screens meet WCAG AA (axe-core: no serious or critical violations)', () => {
  it('the start screen, in English and in Welsh', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/`);
    await page.getByTestId('enter-2d').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the session, its pause menu and the thank-you screen', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/`);
    await page.getByTestId('enter-2d').click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByTestId('paused').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['/console', '/research'])('%s', async (route) => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
