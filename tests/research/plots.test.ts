// @vitest-environment jsdom
import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeRow } from '../../src/core/export/summary.ts';
import { BarChart } from '../../src/research/BarChart.tsx';
import { ChangePlot } from '../../src/research/ChangePlot.tsx';
import { COLOURS, FOREST_TITLE, forestPlot } from '../../src/research/plots.ts';

/**
 * The dashboard's plots as Observable Plot draws them in a DOM (jsdom): the marks must sit where
 * the data puts them, so these fail if the data were not plotted or plotted wrongly.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

function render(el: ReactElement): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(el));
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

const num = (el: Element, attr: string): number => {
  const v = el.getAttribute(attr);
  if (v === null) throw new Error(`<${el.tagName}> has no ${attr}`);
  return Number(v);
};

function row(
  instrument: string,
  scene: string,
  n: number,
  mean: number,
  half: number | null,
): ChangeRow {
  return {
    instrument,
    scene,
    n,
    mean,
    sd: half === null ? null : half,
    ciLow: half === null ? null : mean - half,
    ciHigh: half === null ? null : mean + half,
    preMean: 3,
    postMean: 3 + mean,
  };
}

const ROWS: ChangeRow[] = [
  row('mood_faces', 'beach', 120, 0.62, 0.21),
  row('mood_faces', 'glade', 80, -0.15, 0.3),
  row('suds', 'beach', 95, -1.8, 0.55),
  row('suds', 'glade', 40, 0.4, 0.9),
  row('ucla3', 'beach', 1, 1.0, null),
];
const TITLES = { mood_faces: 'Mood faces', suds: 'Tension (SUDS)', ucla3: 'UCLA 3-item' };

describe('the forest plot', () => {
  it('has one dot per row at x ordered like the means, whiskers spanning each CI, rows in order', () => {
    const page = render(createElement(ChangePlot, { rows: ROWS, titles: TITLES }));
    const svg = page.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const labelled = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(svg.querySelector(`[id="${labelled[0]}"]`)!.textContent).toBe(FOREST_TITLE);
    expect(svg.querySelector(`[id="${labelled[1]}"]`)!.textContent).toContain(
      'Tension (SUDS), Beach at sunset: −1.80 (n 95)',
    );

    const dots = [...svg.querySelectorAll('g.mean circle')];
    expect(dots).toHaveLength(ROWS.length);
    const cx = dots.map((d) => num(d, 'cx'));
    const cy = dots.map((d) => num(d, 'cy'));
    // The x positions are a linear map of the means (positive slope): fit it from two rows and
    // check every dot against it, so a dot drawn anywhere else fails.
    const slope = (cx[0]! - cx[2]!) / (ROWS[0]!.mean! - ROWS[2]!.mean!);
    const at = (v: number) => cx[2]! + (v - ROWS[2]!.mean!) * slope;
    expect(slope).toBeGreaterThan(10);
    ROWS.forEach((r, i) => expect(cx[i]).toBeCloseTo(at(r.mean!), 1));
    const byMean = ROWS.map((_, i) => i).sort((a, b) => ROWS[a]!.mean! - ROWS[b]!.mean!);
    const byX = ROWS.map((_, i) => i).sort((a, b) => cx[a]! - cx[b]!);
    expect(byX).toEqual(byMean);
    // Rows top to bottom in the order of the table.
    for (let i = 1; i < cy.length; i++) expect(cy[i]).toBeGreaterThan(cy[i - 1]!);

    // Whiskers: one line per row with a CI, from ciLow to ciHigh at the dot's height.
    const whiskers = [...svg.querySelectorAll('g.ci line')];
    const withCi = ROWS.filter((r) => r.ciLow !== null);
    expect(whiskers).toHaveLength(withCi.length);
    withCi.forEach((r, i) => {
      const w = whiskers[i]!;
      expect(num(w, 'x1')).toBeCloseTo(at(r.ciLow!), 1);
      expect(num(w, 'x2')).toBeCloseTo(at(r.ciHigh!), 1);
      expect(num(w, 'y1')).toBeCloseTo(cy[ROWS.indexOf(r)]!, 1);
    });
    expect(svg.querySelectorAll('g.ci-end line')).toHaveLength(withCi.length * 2);
    // The dashed line at no change.
    const zero = svg.querySelector('g.no-change line')!;
    expect(num(zero, 'x1')).toBeCloseTo(at(0), 1);

    // "Better" is coloured calm: higher mood, lower tension and loneliness.
    const fills = dots.map((d) => d.getAttribute('fill'));
    expect(fills).toEqual([COLOURS.calm, COLOURS.warn, COLOURS.calm, COLOURS.warn, COLOURS.warn]);
    // Each row is labelled with its instrument, scene and n.
    const text = svg.textContent ?? '';
    expect(text).toContain('Tension (SUDS)');
    expect(text).toContain('n 40');
  });

  it('fits a phone-wide space: labels above the rows, every mark inside the width', () => {
    const svg = forestPlot(ROWS, TITLES, { width: 360 });
    expect(num(svg, 'width')).toBe(360);
    const dots = [...svg.querySelectorAll('g.mean circle')];
    expect(dots).toHaveLength(ROWS.length);
    const cx = dots.map((d) => num(d, 'cx'));
    const byMean = ROWS.map((_, i) => i).sort((a, b) => ROWS[a]!.mean! - ROWS[b]!.mean!);
    expect(ROWS.map((_, i) => i).sort((a, b) => cx[a]! - cx[b]!)).toEqual(byMean);
    for (const x of cx) expect(x).toBeGreaterThan(0);
    for (const w of svg.querySelectorAll('g.ci line')) {
      expect(num(w, 'x1')).toBeGreaterThan(0);
      expect(num(w, 'x2')).toBeLessThanOrEqual(360);
    }
    // No label margin: each row's label is a text across the top of its row.
    const labels = [...svg.querySelectorAll('g.row-label text')];
    expect(labels).toHaveLength(ROWS.length);
    expect(labels[2]!.textContent).toContain('Tension (SUDS)');
    expect(labels[2]!.textContent).toContain('n 95');
  });
});

describe('the bar chart', () => {
  it('draws one bar per count, lengths proportional to the counts, in the order given', () => {
    const bars = [
      { label: 'Completed', value: 812, tone: 'calm' as const },
      { label: 'Left early (resident)', value: 97, tone: 'warn' as const },
      { label: 'Interrupted', value: 240, tone: 'warn' as const },
      { label: 'End not received', value: 5, tone: 'warn' as const },
    ];
    const page = render(createElement(BarChart, { title: 'Sessions by how they ended', bars }));
    const svg = page.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Sessions by how they ended');
    const rects = [...svg.querySelectorAll('g.bar rect')];
    expect(rects).toHaveLength(bars.length);
    const widths = rects.map((r) => num(r, 'width'));
    const perCount = widths[0]! / bars[0]!.value;
    bars.forEach((b, i) => expect(widths[i]).toBeCloseTo(b.value * perCount, 0));
    const x0 = num(rects[0]!, 'x');
    expect(rects.every((r) => Math.abs(num(r, 'x') - x0) < 0.01)).toBe(true);
    const ys = rects.map((r) => num(r, 'y'));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]!);
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual([
      COLOURS.calm,
      COLOURS.warn,
      COLOURS.warn,
      COLOURS.warn,
    ]);
    // The counts are written at the bars' ends.
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const b of bars) expect(labels).toContain(String(b.value));
  });
});
