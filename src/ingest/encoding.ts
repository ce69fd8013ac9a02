import iconv from 'iconv-lite';

/** A file that cannot be read as text: `reason` says what was wrong and what to do. */
export class IngestError extends Error {}

export interface Decoded {
  text: string;
  encoding: 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const looseUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decode page bytes. Strict UTF-8 validity decides first (GB18030 text is almost never valid UTF-8);
 * anything else is read as GB18030, the superset of GBK and GB2312. UTF-16 is accepted with a BOM.
 */
export function decode(bytes: Uint8Array): Decoded {
  const rejected = bytesReason(bytes);
  if (rejected) throw new IngestError(rejected);
  const bom16 = utf16Bom(bytes);
  if (bom16) return { text: new TextDecoder(bom16, { ignoreBOM: false }).decode(bytes), encoding: bom16 === 'utf-16le' ? 'utf16le' : 'utf16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf8' };
  } catch {
    // A UTF-8 page with a few damaged bytes, or cut inside its last character (a truncated copy, however
    // short), stays UTF-8: GBK read as UTF-8 fails on most characters.
    const loose = looseUtf8.decode(body);
    if (countReplacements(loose) * 200 < loose.length || cutInLastCharacter(body)) return { text: loose, encoding: 'utf8' };
    return { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Valid UTF-8 up to an incomplete sequence at the very end (a streaming decoder holds that back). */
function cutInLastCharacter(body: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function countReplacements(s: string): number {
  let n = 0;
  for (let at = s.indexOf('\ufffd'); at >= 0; at = s.indexOf('\ufffd', at + 1)) n++;
  return n;
}

/** The UTF-16 encoding the bytes' BOM names, if they start with one. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Why these bytes cannot be a text page, told without decoding them (empty, binary), or null: the
 * main thread of a build asks before it hands a file to a worker.
 */
export function bytesReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'file is empty; give a page with text or leave it out';
  if (utf16Bom(bytes)) return null; // UTF-16 has NUL bytes in every ASCII character
  return binaryReason(bytes);
}

/** NUL bytes, or mostly control bytes in the first 64 KiB, mean this is not a text page. */
function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return `binary file (NUL byte at offset ${i}); give a UTF-8 or GB18030 text page`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > n * 0.1) return `binary file (${control} control bytes in the first ${n}); give a UTF-8 or GB18030 text page`;
  return null;
}
