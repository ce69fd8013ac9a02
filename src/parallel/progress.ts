import { readdir, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Progress } from './process.ts';

export interface ProgressView extends Progress {
  /** Pages expected, when known. */
  total?: number;
  seconds: number;
  /**
   * Where the run stood when its first page was done: rates count from there, so the start-up (loading
   * dictionaries and lexicons, starting workers: 2–3 s) does not make the first minutes' time left ten times too long.
   */
  since?: Progress & { seconds: number };
}

const clock = (s: number): string => {
  const t = Math.max(0, Math.round(s));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = String(t % 60).padStart(2, '0');
  return h ? `${h}h${String(m).padStart(2, '0')}m` : `${m}:${sec}`;
};

/** One status line: `[##--------] 120/500 pages  23.4 pages/s  410k chars/s  1:02 elapsed  0:16 left`. */
export function formatProgress({ done, total, chars, seconds, since = { done: 0, chars: 0, seconds: 0 } }: ProgressView, width = 10): string {
  const paced = seconds - since.seconds;
  const rate = paced > 0 ? (done - since.done) / paced : 0;
  const parts: string[] = [];
  if (total) {
    const filled = Math.min(width, Math.round((done / total) * width));
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} pages`);
  } else parts.push(`${done} pages`);
  parts.push(`${rate.toFixed(1)} pages/s`, `${Math.round(paced > 0 ? (chars - since.chars) / paced / 1000 : 0)}k chars/s`, `${clock(seconds)} elapsed`);
  if (total && rate > 0 && done < total) parts.push(`${clock((total - done) / rate)} left`);
  return parts.join('  ');
}

export interface ProgressBarOptions {
  total?: number;
  stream?: NodeJS.WriteStream;
  /** --quiet: never draw. */
  quiet?: boolean;
  /** Short runs stay silent: the bar appears only after this long. */
  delayMs?: number;
}

export interface ProgressBar {
  update(progress: Progress): void;
  /** Clears the line, so the command's own summary starts on a clean line. */
  end(): void;
}

/** A one-line bar on stderr, redrawn at most 10 times a second; off when quiet or not a terminal. */
export function progressBar({ total, stream = process.stderr, quiet = false, delayMs = 1000 }: ProgressBarOptions = {}): ProgressBar {
  const on = !quiet && stream.isTTY === true;
  const started = performance.now();
  let drawnAt = 0;
  let drawn = false;
  let since: ProgressView['since'];
  return {
    update(progress) {
      if (!on) return;
      const now = performance.now();
      const seconds = (now - started) / 1000;
      since ??= { ...progress, seconds };
      if (now - started < delayMs || now - drawnAt < 100) return;
      drawnAt = now;
      drawn = true;
      const line = formatProgress({ ...progress, total, seconds, since });
      stream.write(`\r${line.slice(0, Math.max(10, (stream.columns || 80) - 1))}\x1b[K`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * How many page files the paths hold (.txt/.md under folders, hidden names skipped; a named file
 * counts whatever its extension). Only for the bar's total and time left: readFiles decides what is read.
 */
export async function countPages(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) n++;
    if (!info?.isDirectory()) continue;
    const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const hidden = /(^|[/\\])\./.test(`${e.parentPath.slice(path.length)}/${e.name}`);
      if (e.isFile() && !hidden && ['.txt', '.md'].includes(extname(e.name).toLowerCase())) n++;
    }
  }
  return n;
}
