import type { ReactNode } from 'react';

export interface AdminTableProps<T> {
  /** Column headings; a last, unlabelled-on-screen "Actions" column is added. */
  columns: readonly string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** One cell per column, in order. */
  cells: (row: T) => readonly ReactNode[];
  /** The row's buttons (RowAction), in the last column. */
  actions: (row: T) => ReactNode;
}

/** An admin list as a table: a row a thing, its details, and what staff can do to it. */
export function AdminTable<T>({ columns, rows, rowKey, cells, actions }: AdminTableProps<T>) {
  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {cells(row).map((cell, i) => (
              <td key={columns[i] ?? i}>{cell}</td>
            ))}
            <td className="actions">{actions(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface RowActionProps {
  /** What the button says on screen ("Revoke"). */
  label: string;
  /** What it acts on, read out after the label by screen readers ("for Oak Lounge 2"). */
  subject: string;
  variant?: 'quiet' | 'danger' | 'plain';
  onClick: () => void;
}

/** A button in a table row whose accessible name says which row it acts on. */
export function RowAction({ label, subject, variant = 'plain', onClick }: RowActionProps) {
  return (
    <button
      type="button"
      className={variant === 'plain' ? 'button' : `button ${variant}`}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> {subject}</span>
    </button>
  );
}
