import { useId } from 'react';
import { HIGHER_IS_BETTER, type ChangeRow } from '../core/export/summary.ts';
import { sceneName, signed } from './labels.ts';

const LABEL_W = 230;
const PLOT_W = 400;
const ROW_H = 36;
const AXIS_H = 34;

function niceStep(span: number): number {
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/**
 * A forest plot: per instrument and scene, the mean pre→post change (dot) and its 95% confidence
 * interval (line), around a dashed line at no change. Plain SVG, drawn from the same numbers as
 * the table below it.
 */
export function ChangePlot({
  rows,
  titles,
}: {
  rows: ChangeRow[];
  titles: Record<string, string>;
}) {
  const id = useId();
  const ends = rows.flatMap((r) => [r.ciLow ?? r.mean ?? 0, r.ciHigh ?? r.mean ?? 0]);
  const reach = Math.max(1, ...ends.map(Math.abs)) * 1.1;
  const step = niceStep(2 * reach);
  const lim = Math.ceil(reach / step) * step;
  const x = (v: number) => LABEL_W + ((v + lim) / (2 * lim)) * PLOT_W;
  const ticks: number[] = [];
  for (let v = -lim; v <= lim + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  const h = rows.length * ROW_H + AXIS_H + 10;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${LABEL_W + PLOT_W + 30} ${h}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>
        Mean change from before to after the session, with 95% confidence intervals
      </title>
      <desc id={`${id}-d`}>
        {rows
          .map(
            (r) =>
              `${titles[r.instrument] ?? r.instrument}, ${sceneName(r.scene)}: ${signed(r.mean)} (n ${r.n})`,
          )
          .join('; ')}
      </desc>
      {ticks.map((v) => (
        <g key={v}>
          <line
            x1={x(v)}
            x2={x(v)}
            y1={4}
            y2={h - AXIS_H + 4}
            className={v === 0 ? 'zero' : 'grid'}
          />
          <text x={x(v)} y={h - AXIS_H + 22} textAnchor="middle" className="chart-value">
            {signed(v, step < 1 ? 1 : 0)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = 8 + i * ROW_H + ROW_H / 2;
        const good =
          r.mean !== null &&
          r.mean !== 0 &&
          r.mean > 0 === (HIGHER_IS_BETTER[r.instrument] ?? true);
        return (
          <g key={`${r.instrument}-${r.scene}`} className={good ? 'better' : 'other'}>
            <text x={LABEL_W - 12} y={y - 3} textAnchor="end" className="chart-label">
              {titles[r.instrument] ?? r.instrument}
            </text>
            <text x={LABEL_W - 12} y={y + 13} textAnchor="end" className="chart-sub">
              {sceneName(r.scene)} · n {r.n}
            </text>
            {r.ciLow !== null && r.ciHigh !== null && (
              <>
                <line x1={x(r.ciLow)} x2={x(r.ciHigh)} y1={y} y2={y} className="ci" />
                <line x1={x(r.ciLow)} x2={x(r.ciLow)} y1={y - 6} y2={y + 6} className="ci" />
                <line x1={x(r.ciHigh)} x2={x(r.ciHigh)} y1={y - 6} y2={y + 6} className="ci" />
              </>
            )}
            {r.mean !== null && <circle cx={x(r.mean)} cy={y} r={6} className="dot" />}
          </g>
        );
      })}
    </svg>
  );
}
