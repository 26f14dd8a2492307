import { describe, expect, it } from 'vitest';
import { decodeCsv, firstInvalidUtf8 } from './decode-csv';
import { parseDataset } from './parse-dataset';
import { weeklyCsv } from './test-csv';

/** Text as a Windows-1252 / Latin-1 file stores it (one byte per character). */
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('decodeCsv', () => {
  it('reads UTF-8 as it is, byte-order mark or not, without a note', () => {
    expect(decodeCsv(new TextEncoder().encode('dépense_tv\n'))).toEqual({ text: 'dépense_tv\n' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b')]);
    expect(decodeCsv(bom)).toEqual({ text: 'a,b' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, naming the first line that is not', () => {
    const decoded = decodeCsv(latin1('date,revenue\n2024-01-01,1\nd\u00e9pense,2\n'));
    expect(decoded.text).toBe('date,revenue\n2024-01-01,1\ndépense,2\n');
    expect(decoded.note).toMatch(/^the file is not UTF-8 \(line 3 is the first that is not\)/);
    expect(decodeCsv(Uint8Array.from([0x80, 0x93, 0x94, 0x20])).text).toBe('€“” ');
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('tv_spend', 'utf16le')]);
    expect(decodeCsv(le)).toEqual({ text: 'tv_spend' });
    const be = Buffer.from('tv', 'utf16le').swap16();
    expect(decodeCsv(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({ text: 'tv' });
  });

  it('finds invalid UTF-8: stray continuation bytes, overlong forms, surrogates, cut sequences', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
  });
});

describe('parseDataset of a Latin-1 file', () => {
  it('keeps accented column names and says in the report how it read the file', () => {
    const csv = weeklyCsv().replace('tv_spend', 'dépense_tv');
    const { dataset, report } = parseDataset(latin1(csv), {
      channels: ['dépense_tv', 'search_spend'],
    });
    expect(dataset.schema.channels).toEqual(['dépense_tv', 'search_spend']);
    expect(report.warnings[0]).toMatch(/^the file is not UTF-8 \(line 1 .*Windows-1252/);
    const utf8 = parseDataset(new TextEncoder().encode(csv), {
      channels: ['dépense_tv', 'search_spend'],
    });
    expect(utf8.report.warnings.join(' ')).not.toContain('UTF-8');
  });
});
