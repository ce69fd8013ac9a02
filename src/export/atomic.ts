import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  /** The content, as one string or as chunks (large graphs never need one huge string). */
  content: string | Iterable<string>;
}

/** The sibling a file is written to before it is renamed into place (worker threads share the pid). */
export const temporaryOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

export interface Durability {
  /**
   * fsync files and folder, so the new files are on disk once renamed (default). Without it a crash may
   * leave a damaged file: only for files that are made again when unreadable (the page cache).
   */
  durable?: boolean;
}

/**
 * Writes every file to a temporary sibling, fsyncs it, and only when all are written renames them
 * into place. If anything fails first, the temporaries are removed and the previous files stay.
 */
export function writeFilesAtomic(files: readonly OutputFile[], { durable = true }: Durability = {}): void {
  try {
    for (const file of files) writeTemporary(file, { durable });
  } catch (err) {
    removeTemporaries(files.map((f) => f.path));
    throw err;
  }
  commitTemporaries(files.map((f) => f.path), { durable });
}

/** Writes one file's content to its temporary (or, with `append`, adds it to the end) and fsyncs it. */
export function writeTemporary({ path, content }: OutputFile, { append = false, durable = true }: { append?: boolean } & Durability = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(temporaryOf(path), append ? 'a' : 'w');
  try {
    writeChunks(fd, typeof content === 'string' ? [content] : content);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Best effort: a temporary that cannot be removed must not hide the error that got us here. */
export function removeTemporaries(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      rmSync(temporaryOf(path), { force: true });
    } catch {
      // left for removeStaleTemporaries on the next build
    }
  }
}

/** Renames the temporaries of `paths` into place, then makes the renames durable. */
export function commitTemporaries(paths: readonly string[], { durable = true }: Durability = {}): void {
  for (const path of paths) renameSync(temporaryOf(path), path);
  if (!durable) return;
  // The renames are durable once the directory entry is: fsync each directory once.
  for (const dir of new Set(paths.map((p) => dirname(p)))) {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Chunks are one node or edge each: they are encoded into one reused 4 MB buffer and written when
 * it fills, so writing a large graph makes no big strings or buffers for the collector to chase.
 */
function writeChunks(fd: number, chunks: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(1 << 22);
  let used = 0;
  for (const chunk of chunks) {
    if (used + chunk.length * 3 > buffer.length) {
      writeSync(fd, buffer, 0, used);
      used = 0;
      if (chunk.length * 3 > buffer.length) {
        writeSync(fd, chunk);
        continue;
      }
    }
    used += buffer.write(chunk, used);
  }
  writeSync(fd, buffer, 0, used);
}

/**
 * Removes the temporaries (`.<name>.<pid>.tmp`) that a writer killed midway left in `dir`: those of
 * processes no longer running. One folder listing, so it runs once per build, not once per file.
 */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no folder yet
  }
  for (const name of names) {
    const pid = /^\..+\.(\d+)\.tmp$/.exec(name)?.[1];
    if (pid && !running(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}
