import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  /** The content, as one string or as chunks (large graphs never need one huge string). */
  content: string | Iterable<string>;
}

/**
 * Writes every file to a temporary sibling, fsyncs it, and only when all are written renames them
 * into place. If anything fails first, the temporaries are removed and the previous files stay.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const temps: Array<[string, string]> = [];
  try {
    for (const { path, content } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      temps.push([temp, path]);
      const fd = openSync(temp, 'w');
      try {
        // Chunks are one node or edge each: gather about a megabyte per write call.
        let pending = '';
        for (const chunk of typeof content === 'string' ? [content] : content) {
          pending += chunk;
          if (pending.length >= 1 << 20) {
            writeSync(fd, pending);
            pending = '';
          }
        }
        writeSync(fd, pending);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw err;
  }
  for (const [temp, path] of temps) renameSync(temp, path);
  // The renames are durable once the directory entry is: fsync each directory once.
  for (const dir of new Set(files.map((f) => dirname(f.path)))) {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
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
