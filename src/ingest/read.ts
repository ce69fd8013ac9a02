import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Page } from '../model/types.ts';
import { layoutPage, rememberLayout } from './articles.ts';
import { bytesReason, decode, IngestError } from './encoding.ts';

export interface PageError {
  path: string;
  doc: string;
  /** One line: what was wrong and what to do. */
  reason: string;
}

/** A page file's bytes, read and hashed but not yet decoded: what the main thread hands a worker. */
export interface PageFile {
  path: string;
  doc: string;
  bytes: Uint8Array;
  /** sha256 of `bytes` (hex), as Page.hash. */
  hash: string;
}

export function isPageError<T extends object>(x: T | PageError): x is PageError {
  return (x as Partial<Page>).text === undefined && typeof (x as PageError).reason === 'string';
}

/** The PageError of a page the pipeline threw on (every consumer reports it so): the error's first line. */
export const pipelineFailed = (page: { path: string; doc: string }, err: unknown): PageError => ({
  path: page.path,
  doc: page.doc,
  reason: `the pipeline failed on this page: ${String((err as Error)?.message ?? err).split('\n')[0]}`,
});

const PAGE_EXT = new Set(['.txt', '.md']);

/**
 * Decode and normalise one page from its bytes. Throws IngestError when the bytes are not a text page.
 * `doc` names the page in every output: the file name, or its path inside the folder that was given.
 */
export function pageFromBytes(path: string, bytes: Uint8Array, doc = basename(path), hash?: string): Page {
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
    hash: hash ?? hashBytes(bytes),
  };
  rememberLayout(page, layout);
  return page;
}

/** A page file's page, or why it is not one (the reason, as readPages gives it). */
export function pageFromFile(file: PageFile): Page | PageError {
  try {
    return pageFromBytes(file.path, file.bytes, file.doc, file.hash);
  } catch (err) {
    return { ...pageError(file.path, err), doc: file.doc };
  }
}

/**
 * Expand files and folders (recursively, .txt/.md, sorted by name, hidden names skipped, symlink
 * loops safe) and read each page. A file named on the command line is read whatever its extension. Never throws for one bad
 * file: yields a PageError for it and goes on.
 */
export async function* readPages(paths: string[]): AsyncGenerator<Page | PageError> {
  for await (const file of readFiles(paths)) yield isPageError(file) ? file : pageFromFile(file);
}

/**
 * The files readPages reads, as bytes and hash, in the same order with the same errors for files that
 * cannot be read; decoding is left to whoever processes the page (a worker thread, in a build).
 */
export async function* readFiles(paths: string[]): AsyncGenerator<PageFile | PageError> {
  // The next files' bytes are read while this page is decoded and processed: one file at a time, the
  // single-thread build waited on the disk for a third of its reading time.
  const reading: Array<Promise<PageFile | PageError>> = [];
  for (const path of paths) {
    for await (const found of expand(path, new Set(), true)) {
      reading.push(typeof found === 'string' ? readBytes(found, docName(path, found)) : Promise.resolve(found));
      if (reading.length > READ_AHEAD) yield await reading.shift()!;
    }
  }
  while (reading.length) yield await reading.shift()!;
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

const hashBytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readBytes(path: string, doc: string): Promise<PageFile | PageError> {
  try {
    const { size } = await stat(path);
    if (size > MAX_PAGE_BYTES) {
      return { path, doc, reason: `file is ${Math.round(size / 2 ** 20)} MiB, over the ${MAX_PAGE_BYTES / 2 ** 20} MiB limit for one page; split it into pages` };
    }
    const bytes = await readFile(path);
    // Empty and binary files are told apart here, so no worker is started or kept waiting for them.
    const rejected = bytesReason(bytes);
    if (rejected) return { path, doc, reason: rejected };
    return { path, doc, bytes, hash: hashBytes(bytes) };
  } catch (err) {
    return { ...pageError(path, err), doc };
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
  let entries: Dirent[];
  try {
    real = await realpath(path);
    if (visited.has(real)) return; // symlink loop or a folder reached twice
    visited.add(real);
    entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield pageError(path, err);
    return;
  }
  for (const entry of entries) {
    // Hidden files (.DS_Store, editor swap files, macOS ._ copies) are not pages.
    if (entry.name.startsWith('.')) continue;
    const inside = join(path, entry.name);
    // A plain file needs no stat of its own (readBytes takes its size); folders and links are looked at.
    if (entry.isFile()) {
      if (PAGE_EXT.has(extname(inside).toLowerCase())) yield inside;
    } else yield* expand(inside, visited, false);
  }
}
