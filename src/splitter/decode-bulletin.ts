import iconv from 'iconv-lite';
import { BulletinError } from './bulletin-error.ts';

/** A decoded bulletin: LF-only text without BOM, and the encoding it was read as. */
export interface DecodedBulletin {
  /** The text, BOM stripped, every CRLF and lone CR turned into LF. */
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
}

// Share of two-byte GB18030 characters that must come from GB2312 (the common simplified set).
// Real mainland news text is ~100% GB2312; Big5 or Shift-JIS read as GBK falls far below.
const MIN_GB2312_SHARE = 0.9;

/** Decode a bulletin file's bytes, or throw a BulletinError saying why it is not a usable bulletin. */
export function decodeBulletin(bytes: Uint8Array): DecodedBulletin {
  if (bytes.length === 0) throw new BulletinError('file is empty');
  const utf16 = utf16ByBom(bytes);
  // UTF-16 legitimately holds NUL bytes; every other accepted encoding is ASCII-compatible,
  // so control bytes mean control characters and can be judged before decoding.
  if (utf16 === null) assertNotBinary(bytes);
  const decoded = utf16 === null ? decodeAsciiCompatible(bytes) : decodeStrict(bytes, utf16, utf16);
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (utf16 !== null) assertNotBinary(Array.from(text, (c) => c.charCodeAt(0)));
  if (text === '') throw new BulletinError('file is empty');
  // JavaScript's \s includes U+3000, the ideographic space used for indents.
  if (/^\s*$/.test(text)) throw new BulletinError('file holds only whitespace');
  return { text, encoding: decoded.encoding };
}

/** The UTF-16 flavour announced by a byte-order mark, if any. */
function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Throw if the code units look like binary data: any NUL, or more than 1% control characters. */
function assertNotBinary(units: ArrayLike<number>): void {
  let controls = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] ?? 0;
    if (u === 0) throw new BulletinError('looks like binary data (NUL bytes), not a text bulletin');
    // Tab, LF, FF and CR are ordinary in text; a stray DOS end-of-file mark is tolerated by the ratio.
    if ((u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0c && u !== 0x0d) || u === 0x7f)
      controls++;
  }
  if (controls > units.length / 100) {
    throw new BulletinError(
      `looks like binary data (${controls} control characters), not a text bulletin`,
    );
  }
}

/** Decode with a fatal decoder, turning a failure into a BulletinError. */
function decodeStrict(bytes: Uint8Array, label: string, encoding: string): DecodedBulletin {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw new BulletinError(
      `cannot decode: not valid ${label.toUpperCase()} despite its byte-order mark`,
    );
  }
}

/** UTF-8 (with or without BOM) first, then GB18030/GBK if the result is clean and plausible. */
function decodeAsciiCompatible(bytes: Uint8Array): DecodedBulletin {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8; a BOM-marked file must not fall through to the GB18030 guess.
    if (bom)
      throw new BulletinError(
        `cannot decode: not valid UTF-8 despite its byte-order mark (${badUtf8Place(bytes)})`,
      );
  }
  const text = iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    'gb18030',
  );
  if (
    !text.includes('\uFFFD') &&
    !/[\u0080-\u009f\uE000-\uF8FF]/.test(text) &&
    gb2312Share(bytes) >= MIN_GB2312_SHARE
  ) {
    return { text, encoding: 'gb18030' };
  }
  throw new BulletinError(
    `cannot decode: not valid UTF-8 (${badUtf8Place(bytes)}) and not plausible GB18030/GBK text`,
  );
}

/** Where UTF-8 decoding first fails, as `line N`, to point the editor at the damage. */
function badUtf8Place(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  const line = lenient.slice(0, Math.max(at, 0)).split(/\r\n?|\n/).length;
  return `first bad byte on line ${line}`;
}

/** Share of the two- and four-byte GB18030 characters that lie in GB2312 (both bytes 0xA1–0xFE). */
function gb2312Share(bytes: Uint8Array): number {
  let multi = 0;
  let common = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    multi++;
    // A second byte 0x30–0x39 opens a four-byte sequence, which is never GB2312.
    if (next >= 0x30 && next <= 0x39) {
      i += 4;
      continue;
    }
    if (lead >= 0xa1 && lead <= 0xf7 && next >= 0xa1 && next <= 0xfe) common++;
    i += 2;
  }
  return multi === 0 ? 1 : common / multi;
}
