import { useCallback } from 'react';
import { PlotFigure } from './PlotFigure.tsx';
import { barPlot, type Bar } from './plots.ts';

export type { Bar };

/** Horizontal bars of counts drawn by Observable Plot; the table under it has the same numbers. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const draw = useCallback((width: number) => barPlot(title, bars, { width }), [title, bars]);
  return <PlotFigure draw={draw} />;
}
