import { useCallback } from 'react';
import type { ChangeRow } from '../core/export/summary.ts';
import { PlotFigure } from './PlotFigure.tsx';
import { forestPlot } from './plots.ts';

/**
 * The forest plot of mean pre→post change per instrument and scene with 95% confidence
 * intervals, drawn by Observable Plot from the same numbers as the table below it.
 */
export function ChangePlot({
  rows,
  titles,
}: {
  rows: ChangeRow[];
  titles: Record<string, string>;
}) {
  const draw = useCallback((width: number) => forestPlot(rows, titles, { width }), [rows, titles]);
  return <PlotFigure draw={draw} />;
}
