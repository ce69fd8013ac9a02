import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, IngestError } from './encoding.ts';

const text = '零陵区委书记赵立平仔细倾听，GDP 6.1%。\n';

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(Buffer.from(text))).toEqual({ text, encoding: 'utf8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf8' });
  });
  it('falls back to GB18030 when the bytes are not valid UTF-8', () => {
    expect(decode(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
    expect(decode(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });
  it('keeps a UTF-8 page with one damaged byte as UTF-8', () => {
    const long = Buffer.from(text.repeat(100));
    long[4] = 0xff;
    const got = decode(long);
    expect(got.encoding).toBe('utf8');
    expect(got.text.startsWith('零\ufffd')).toBe(true);
    expect(got.text.endsWith(text)).toBe(true);
  });
  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decode(le)).toEqual({ text, encoding: 'utf16le' });
  });
  it('rejects empty and binary files with a reason', () => {
    expect(() => decode(new Uint8Array())).toThrow(/empty/);
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toThrow(/NUL byte at offset 4/);
    const control = Buffer.alloc(100, 0x01);
    expect(() => decode(control)).toThrow(IngestError);
    expect(() => decode(control)).toThrow(/control bytes/);
  });
});
