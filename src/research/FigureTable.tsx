import type { ReactNode } from 'react';

/** The table under a plot: the same figures, readable by screen readers and copyable. */

export interface FigureColumn {
  name: string;
  /** Right-aligned figures. */
  num?: boolean;
}

export interface FigureRow {
  key: string;
  cells: ReactNode[];
}

export function FigureTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly FigureColumn[];
  rows: readonly FigureRow[];
}) {
  // On a phone a wide table scrolls within its own box (focusable, so by keyboard too) rather
  // than the whole page sideways.
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.name} scope="col" className={c.num ? 'num' : undefined}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) => (
                <td key={columns[i]!.name} className={columns[i]!.num ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
