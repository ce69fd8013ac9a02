import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Page } from '../model/types.ts';
import { layoutPage, rememberLayout } from './articles.ts';
import { decode, IngestError } from './encoding.ts';

export interface PageError {
  path: string;
  doc: string;
  /** One line: what was wrong and what to do. */
  reason: string;
}

export function isPageError(x: Page | PageError): x is PageError {
  return (x as Page).text === undefined && typeof (x as PageError).reason === 'string';
}

const PAGE_EXT = new Set(['.txt', '.md']);

/**
 * Decode and normalise one page from its bytes. Throws IngestError when the bytes are not a text page.
 * `doc` names the page in every output: the file name, or its path inside the folder that was given.
 */
export function pageFromBytes(path: string, bytes: Uint8Array, doc = basename(path)): Page {
  const { text: decoded, encoding } = decode(bytes);
  const raw = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (!raw.trim()) throw new IngestError('file has no text (only spaces or line breaks); give a page with text or leave it out');
  // Tags, scripts and styles would be read as article text.
  if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(raw.slice(0, 1024))) throw new IngestError('an HTML page, not text; save its article text as .txt');
  const layout = layoutPage(raw);
  const page: Page = {
    path,
    doc,
    encoding,
    raw,
    text: layout.text,
    toRaw: layout.toRaw,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
  rememberLayout(page, layout);
  return page;
}

/**
 * Expand files and folders (recursively, .txt/.md, sorted by name, hidden names skipped, symlink
 * loops safe) and read each page. A file named on the command line is read whatever its extension. Never throws for one bad
 * file: yields a PageError for it and goes on.
 */
export async function* readPages(paths: string[]): AsyncGenerator<Page | PageError> {
  // The next files' bytes are read while this page is decoded and processed: one file at a time, the
  // single-thread build waited on the disk for a third of its reading time.
  const reading: Array<Promise<Bytes | PageError>> = [];
  for (const path of paths) {
    for await (const found of expand(path, new Set(), true)) {
      reading.push(typeof found === 'string' ? readBytes(found, docName(path, found)) : Promise.resolve(found));
      if (reading.length > READ_AHEAD) yield pageOf(await reading.shift()!);
    }
  }
  while (reading.length) yield pageOf(await reading.shift()!);
}

/** Files being read ahead of the page in hand: at most this many × MAX_PAGE_BYTES in memory. */
const READ_AHEAD = 8;

/**
 * Larger files are refused: a page is a few KB (the seeds are 20-40 KB), so 16 MiB is an archive dump or a
 * broken export, and one such page holds the build for minutes (a page without line breaks is one article).
 */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * Pages found in a folder are named by their path inside it (2024/03/p1.txt), so that same-named
 * files in different folders stay apart; a file given by name is named by its base name.
 */
function docName(root: string, found: string): string {
  const inside = relative(root, found);
  return inside && !inside.startsWith('..') ? inside.split(sep).join('/') : basename(found);
}

interface Bytes {
  path: string;
  doc: string;
  bytes: Uint8Array;
}

async function readBytes(path: string, doc: string): Promise<Bytes | PageError> {
  try {
    const { size } = await stat(path);
    if (size > MAX_PAGE_BYTES) {
      return { path, doc, reason: `file is ${Math.round(size / 2 ** 20)} MiB, over the ${MAX_PAGE_BYTES / 2 ** 20} MiB limit for one page; split it into pages` };
    }
    return { path, doc, bytes: await readFile(path) };
  } catch (err) {
    return { ...pageError(path, err), doc };
  }
}

function pageOf(read: Bytes | PageError): Page | PageError {
  if (!('bytes' in read)) return read;
  try {
    return pageFromBytes(read.path, read.bytes, read.doc);
  } catch (err) {
    return { ...pageError(read.path, err), doc: read.doc };
  }
}

function pageError(path: string, err: unknown): PageError {
  const e = err as NodeJS.ErrnoException;
  let reason: string;
  if (err instanceof IngestError) reason = err.message;
  else if (e.code === 'ENOENT') reason = 'no such file (or a dangling symlink); check the path';
  else if (e.code === 'EACCES' || e.code === 'EPERM') reason = 'permission denied; make the file readable';
  else if (e.code === 'EISDIR') reason = 'is a folder, not a page file';
  else if (e.code === 'ELOOP') reason = 'symlink loop; fix the link';
  else reason = `could not read (${e.code ?? String(e.message).split('\n')[0]}); check the file`;
  return { path, doc: basename(path), reason };
}

/** Page files under `path`, in name order. Folders are entered once each (by real path). */
async function* expand(path: string, visited: Set<string>, explicit: boolean): AsyncGenerator<string | PageError> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    if (explicit || PAGE_EXT.has(extname(path).toLowerCase())) yield pageError(path, err);
    return;
  }
  if (info.isFile()) {
    if (explicit || PAGE_EXT.has(extname(path).toLowerCase())) yield path;
    return;
  }
  if (!info.isDirectory()) {
    if (explicit) yield { path, doc: basename(path), reason: 'not a regular file or folder; give a page file' };
    return;
  }
  let real: string;
  let names: string[];
  try {
    real = await realpath(path);
    if (visited.has(real)) return; // symlink loop or a folder reached twice
    visited.add(real);
    names = (await readdir(path)).sort();
  } catch (err) {
    yield pageError(path, err);
    return;
  }
  // Hidden files (.DS_Store, editor swap files, macOS ._ copies) are not pages.
  for (const name of names) if (!name.startsWith('.')) yield* expand(join(path, name), visited, false);
}
