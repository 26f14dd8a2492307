/**
 * The bytes of a CSV file as text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are read as they are. Bytes that are not valid UTF-8 are read as Windows-1252
 * (the Latin-1 superset Excel uses for "CSV" on Windows), with a note saying so, rather than
 * turning `dépense_tv` into `d�pense_tv` without a word.
 */

/** Windows-1252 code points of bytes 0x80-0x9F (where it differs from Latin-1); 0 = unassigned. */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Offset of the first byte that is not valid UTF-8, or -1 when every byte is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const next = bytes[i + 1] as number;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if (
      (b === 0xe0 && next < 0xa0) ||
      (b === 0xed && next > 0x9f) ||
      (b === 0xf0 && next < 0x90) ||
      (b === 0xf4 && next > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] || b : b);
  }
  return out;
}

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[bigEndian ? i + 1 : i] as number;
    swapped[i + 1] = bytes[bigEndian ? i : i + 1] as number;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/** The text of CSV bytes, and a note when the file was not UTF-8 and was read as Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; note?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), false) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), true) };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes) };
  let line = 1;
  for (let i = 0; i < bad; i += 1) if (bytes[i] === 0x0a) line += 1;
  return {
    text: windows1252(bytes),
    note: `the file is not UTF-8 (line ${line} is the first that is not), so it was read as Windows-1252 (Latin-1), the encoding of Excel's CSV on Windows; check that names with accents read right, or save the file as CSV UTF-8`,
  };
}
