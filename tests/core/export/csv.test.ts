import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvField, csvRecord, parseCsv } from '../../../src/core/export/csv.ts';

describe('RFC 4180 CSV', () => {
  it('quotes only fields that need it and doubles their quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField(3.5)).toBe('3.5');
    expect(csvField('Llŷn ŵ')).toBe('Llŷn ŵ');
  });

  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', 1, null, true])).toBe('a,1,,true\r\n');
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const text = rows.map((r) => csvRecord(r)).join('');
          expect(parseCsv(text)).toEqual(rows);
          expect(parseCsv(UTF8_BOM + text)).toEqual(rows);
        },
      ),
    );
  });
});
