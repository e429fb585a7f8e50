import * as Plot from '@observablehq/plot';
import { HIGHER_IS_BETTER, type ChangeRow } from '../core/export/summary.ts';
import { sceneName, signed } from './labels.ts';

/**
 * The dashboard's plots, drawn with Observable Plot (accessible SVG). Each builder returns the
 * plot's root <svg>; the React wrappers put it in the page and the table under it carries the
 * same numbers. `document` is there for tests (jsdom) and defaults to the page's.
 */

export interface PlotSize {
  /** Width in CSS pixels of the space the plot has. */
  width: number;
  document?: Document;
}

/** The dashboard's calm colours (each at least 3:1 against the card, #fffdf9, as graphics need). */
export const COLOURS = {
  calm: '#2f6f73',
  warn: '#b8662a',
  muted: '#8c8478',
  ink: '#1c2630',
  axis: '#4a5560',
} as const;

const FONT = "'Hafan Text', system-ui, sans-serif";

/** Below this width the labels get less room and the type a little smaller (tablet, phone). */
export const NARROW = 520;

function frame(width: number) {
  const narrow = width < NARROW;
  return {
    narrow,
    style: { fontFamily: FONT, fontSize: narrow ? '13px' : '14px', color: COLOURS.ink },
  };
}

/**
 * On a narrow plot the row labels go above each row, across the whole width, instead of in a
 * left margin that would leave the data no room.
 */
function labelsAbove<T>(narrow: boolean, data: readonly T[], y: (d: T) => string, rowH: number) {
  if (!narrow) return [];
  return [
    Plot.text(data, {
      y,
      text: y,
      frameAnchor: 'left',
      textAnchor: 'start',
      lineAnchor: 'top',
      dy: -rowH / 2 + 2,
      fill: COLOURS.ink,
      // A halo in the card's colour keeps the label readable across grid and no-change lines.
      stroke: '#fffdf9',
      strokeWidth: 4,
      paintOrder: 'stroke',
      className: 'row-label',
    }),
  ];
}

let plotCount = 0;

/** Sets the accessible name and description the way screen readers read them everywhere. */
function label(svg: SVGSVGElement | HTMLElement, title: string, description?: string) {
  const doc = svg.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  // Inside role="img" the marks are presentational: the title, description and the table carry
  // the figures. Plot names its groups with aria-label, which is not allowed on an SVG <g>
  // without a role, so those names go.
  for (const el of svg.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
  const id = `hafan-plot-${++plotCount}`;
  const t = doc.createElementNS(ns, 'title');
  t.id = `${id}-t`;
  t.textContent = title;
  const ids = [t.id];
  const nodes: Element[] = [t];
  if (description) {
    const d = doc.createElementNS(ns, 'desc');
    d.id = `${id}-d`;
    d.textContent = description;
    ids.push(d.id);
    nodes.push(d);
  }
  svg.prepend(...nodes);
  svg.setAttribute('aria-labelledby', ids.join(' '));
  svg.classList.add('chart');
}

/** Whether a row's change is in the instrument's "better" direction. */
/** One row per category, named on the left; on a phone the names sit above the rows instead. */
function rowAxis(domain: string[], narrow: boolean) {
  return {
    domain,
    label: null,
    tickSize: 0,
    tickPadding: 10,
    axis: narrow ? null : ('left' as const),
    padding: narrow ? 0 : 0.1,
  };
}

export function isBetter(r: ChangeRow): boolean {
  return r.mean !== null && r.mean !== 0 && r.mean > 0 === (HIGHER_IS_BETTER[r.instrument] ?? true);
}

export const FOREST_TITLE =
  'Mean change from before to after the session, with 95% confidence intervals';

/**
 * A forest plot: per instrument and scene (labelled with n), the mean pre→post change (dot,
 * coloured by whether it is the better direction) and its 95% confidence interval (whiskers),
 * around a dashed line at no change.
 */
export function forestPlot(
  rows: readonly ChangeRow[],
  titles: Record<string, string>,
  size: PlotSize,
): SVGSVGElement | HTMLElement {
  const { narrow, style } = frame(size.width);
  const key = (r: ChangeRow) =>
    `${titles[r.instrument] ?? r.instrument}\n${sceneName(r.scene)} · n ${r.n}`;
  const domain = rows.map(key);
  const ends = rows.flatMap((r) => [r.ciLow ?? r.mean ?? 0, r.ciHigh ?? r.mean ?? 0]);
  const reach = Math.max(1, ...ends.map(Math.abs)) * 1.1;
  const withCi = rows.filter((r) => r.ciLow !== null && r.ciHigh !== null);
  const withMean = rows.filter((r) => r.mean !== null);
  const rowH = narrow ? 80 : 44;
  const inset = narrow ? 30 : 14;
  const svg = Plot.plot({
    document: size.document,
    width: size.width,
    height: rows.length * rowH + 50,
    marginLeft: narrow ? 22 : 210,
    marginRight: 24,
    marginTop: 8,
    marginBottom: 48,
    style,
    x: {
      domain: [-reach, reach],
      grid: true,
      nice: true,
      label: 'Change (after − before) →',
      labelAnchor: 'center',
      labelOffset: 42,
      labelArrow: 'none',
      tickFormat: (v: number) => signed(v, Math.abs(reach) < 5 ? 1 : 0),
      ticks: narrow ? 4 : 8,
    },
    y: rowAxis(domain, narrow),
    color: {
      type: 'ordinal',
      domain: ['better', 'other'],
      range: [COLOURS.calm, COLOURS.warn],
    },
    marks: [
      Plot.ruleX([0], {
        stroke: COLOURS.axis,
        strokeDasharray: '4 4',
        className: 'no-change',
      }),
      Plot.ruleY(withCi, {
        y: key,
        x1: 'ciLow',
        x2: 'ciHigh',
        stroke: COLOURS.ink,
        strokeWidth: 2,
        className: 'ci',
      }),
      Plot.tickX(withCi, {
        x: 'ciLow',
        y: key,
        stroke: COLOURS.ink,
        strokeWidth: 2,
        inset,
        className: 'ci-end',
      }),
      Plot.tickX(withCi, {
        x: 'ciHigh',
        y: key,
        stroke: COLOURS.ink,
        strokeWidth: 2,
        inset,
        className: 'ci-end',
      }),
      Plot.dot(withMean, {
        x: 'mean',
        y: key,
        r: 6,
        fill: (r: ChangeRow) => (isBetter(r) ? 'better' : 'other'),
        stroke: '#fffdf9',
        strokeWidth: 1.5,
        className: 'mean',
        title: (r: ChangeRow) =>
          `${titles[r.instrument] ?? r.instrument}, ${sceneName(r.scene)}: ${signed(r.mean)}` +
          (r.ciLow !== null && r.ciHigh !== null
            ? ` (95% CI ${signed(r.ciLow)} to ${signed(r.ciHigh)})`
            : ''),
      }),
      ...labelsAbove(narrow, rows, key, rowH),
    ],
  });
  label(
    svg,
    FOREST_TITLE,
    rows
      .map(
        (r) =>
          `${titles[r.instrument] ?? r.instrument}, ${sceneName(r.scene)}: ${signed(r.mean)} (n ${r.n})`,
      )
      .join('; '),
  );
  return svg;
}

export interface Bar {
  label: string;
  value: number;
  tone?: 'calm' | 'warn' | 'muted';
}

/** Horizontal bars of counts, each labelled with its count, in the order given. */
export function barPlot(
  title: string,
  bars: readonly Bar[],
  size: PlotSize,
): SVGSVGElement | HTMLElement {
  const { narrow, style } = frame(size.width);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const svg = Plot.plot({
    document: size.document,
    width: size.width,
    height: bars.length * (narrow ? 50 : 36) + 16,
    marginLeft: narrow ? 0 : 150,
    // Room for the count after the longest bar.
    marginRight: 12 + String(max).length * 9,
    marginTop: 8,
    marginBottom: 8,
    style,
    x: { domain: [0, max], axis: null },
    y: rowAxis(
      bars.map((b) => b.label),
      narrow,
    ),
    color: {
      type: 'ordinal',
      domain: ['calm', 'warn', 'muted'],
      range: [COLOURS.calm, COLOURS.warn, COLOURS.muted],
    },
    marks: [
      ...labelsAbove(narrow, bars, (b) => b.label, narrow ? 50 : 36),
      Plot.barX(bars, {
        x: 'value',
        y: 'label',
        fill: (b: Bar) => b.tone ?? 'calm',
        rx: 4,
        insetTop: narrow ? 22 : 6,
        insetBottom: narrow ? 4 : 6,
        className: 'bar',
        title: (b: Bar) => `${b.label}: ${b.value}`,
      }),
      Plot.text(bars, {
        x: 'value',
        y: 'label',
        text: (b: Bar) => String(b.value),
        textAnchor: 'start',
        dx: 6,
        // Level with the bar, which sits below its label on a narrow plot.
        dy: narrow ? 9 : 0,
        fill: COLOURS.axis,
        ariaHidden: 'true',
      }),
    ],
  });
  label(svg, title);
  return svg;
}
