import type { CsvValue } from './csv.ts';

/**
 * What an exported column is (name, type, label, allowed values, units, identifier flag) and how
 * its value is written, plus small builders for the column kinds every table repeats. The CSV
 * writer and the codebook are both generated from these, so a column cannot be exported without
 * being described.
 */

export interface WriteOptions {
  /** Categorical values as labels instead of codes. */
  labels: boolean;
  /** Free-text fields (error messages) are written only when asked for. */
  freeText: boolean;
}

export interface Allowed {
  code: string;
  label: string;
}

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'code' | 'uuid';

export interface Column<R> {
  name: string;
  type: ColumnType;
  label: string;
  allowed?: readonly Allowed[];
  units?: string;
  /** pseudonym: a keyed hash; record: a random record id; no: not an identifier. */
  identifier: 'pseudonym' | 'record' | 'no';
  freeText?: boolean;
  value: (row: R, o: WriteOptions) => CsvValue;
}

/** A code, or its label when labels are chosen (unknown codes stay as they are). */
export const codedValue = (
  allowed: readonly Allowed[],
  v: string | null,
  o: WriteOptions,
): CsvValue => (v === null ? null : o.labels ? (allowed.find((a) => a.code === v)?.label ?? v) : v);

/** A random record id (session, measure, event). */
export const recordColumn = <R>(name: string, label: string, get: (r: R) => string): Column<R> => ({
  name,
  type: 'uuid',
  label,
  identifier: 'record',
  value: get,
});

/** A keyed-hash pseudonym (resident, site). */
export const pseudonymColumn = <R>(
  name: string,
  label: string,
  get: (r: R) => string | null,
): Column<R> => ({ name, type: 'string', label, identifier: 'pseudonym', value: get });

/** A categorical value with its allowed codes, written as code or label. */
export const codedColumn = <R>(
  name: string,
  label: string,
  allowed: readonly Allowed[],
  get: (r: R) => string | null,
): Column<R> => ({
  name,
  type: 'code',
  label,
  allowed,
  identifier: 'no',
  value: (r, o) => codedValue(allowed, get(r), o),
});

/** Any other column that is not an identifier. */
export const valueColumn = <R>(
  name: string,
  type: ColumnType,
  label: string,
  value: Column<R>['value'],
  units?: string,
): Column<R> => ({ name, type, label, identifier: 'no', ...(units ? { units } : {}), value });
