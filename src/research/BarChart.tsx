import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  tone?: 'calm' | 'warn' | 'muted';
}

/** Horizontal bars in plain SVG; the table under it carries the same numbers for everyone. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labelW = 130;
  const plotW = 190;
  const rowH = 30;
  const h = bars.length * rowH + 8;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${labelW + plotW + 50} ${h}`}
      role="img"
      aria-labelledby={`${id}-t`}
    >
      <title id={`${id}-t`}>{title}</title>
      {bars.map((b, i) => {
        const y = 4 + i * rowH;
        const w = Math.max(2, (b.value / max) * plotW);
        return (
          <g key={b.label}>
            <text x={labelW - 10} y={y + rowH / 2 + 5} textAnchor="end" className="chart-label">
              {b.label}
            </text>
            <rect
              x={labelW}
              y={y + 5}
              width={w}
              height={rowH - 10}
              rx={4}
              className={`bar bar-${b.tone ?? 'calm'}`}
            />
            <text x={labelW + w + 8} y={y + rowH / 2 + 5} className="chart-value">
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
