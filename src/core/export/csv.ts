/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, quote, CR or
 * LF is quoted and its quotes doubled. Values are written as text the way R, pandas and Excel
 * read them back: null is an empty field, booleans are true/false, numbers as JavaScript prints
 * them (no thousands separators, a dot for decimals).
 */
export type CsvValue = string | number | boolean | null;

/** UTF-8 byte-order mark: lets Excel on Windows open UTF-8 (Welsh ŵ/ŷ) without mojibake. */
export const UTF8_BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Parses RFC 4180 text back into records (used by tests and by anyone checking an export). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
