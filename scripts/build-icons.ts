// `npx tsx scripts/build-icons.ts`: renders the app icons (public/icons/*.png) from
// assets/icons/hafan-icon.svg with Chromium, so they are reproducible without image tools.
// "any" icons have rounded corners; the maskable one is full-bleed (the launcher crops it), its
// sun and horizon inside the central safe zone.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.HAFAN_CHROMIUM ?? '/usr/bin/chromium';
const source = fs.readFileSync('assets/icons/hafan-icon.svg', 'utf8');
const outputs = [
  { file: 'public/icons/icon-192.png', size: 192, rx: 96 },
  { file: 'public/icons/icon-512.png', size: 512, rx: 96 },
  { file: 'public/icons/icon-maskable-512.png', size: 512, rx: 0 },
  { file: 'public/icons/apple-touch-icon.png', size: 180, rx: 0 },
];

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  fs.mkdirSync('public/icons', { recursive: true });
  for (const o of outputs) {
    const page = await browser.newPage({ viewport: { width: o.size, height: o.size } });
    const svg = source.replace('__RX__', String(o.rx));
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img style="width:${o.size}px;height:${o.size}px;display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.screenshot({ path: o.file, omitBackground: true });
    await page.close();
    console.log(`wrote ${o.file}`);
  }
} finally {
  await browser.close();
}
