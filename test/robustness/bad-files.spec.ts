// `newsgraph build` over a folder of bad files beside good ones: each bad file is reported once with its
// reason, the graph is built from the rest, and the exit code is 3 (done with warnings).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadCorpus } from '../fixtures/bad/make.ts';

const BIN = new URL('../../bin/newsgraph.mjs', import.meta.url).pathname;

/** What happens to each file: a reason on stderr (refused), or read into the graph. docs/robustness.md has the table. */
const REFUSED: Record<string, RegExp> = {
  'empty.txt': /: file is empty; /,
  'blank.txt': /: file has no text \(only spaces or line breaks\)/,
  'binary.txt': /: binary file \(NUL byte at offset 3\)/,
  'nul-byte.txt': /: binary file \(NUL byte at offset 864\)/,
  'saved-page.txt': /: an HTML page, not text; /,
  'huge.txt': /: file is 50 MiB, over the 16 MiB limit for one page; split it into pages$/,
  'loop/a.txt': /: symlink loop; fix the link$/,
  'loop/b.txt': /: symlink loop; fix the link$/,
  'dangling.txt': /: no such file \(or a dangling symlink\)/,
};
const READ = ['gbk-page.md', 'good-column.txt', 'good-markdown.md', 'truncated-short.txt', 'truncated-utf8.txt'];

describe('newsgraph build over a folder of bad files', () => {
  const base = mkdtempSync(join(tmpdir(), 'newsgraph-bad-'));
  const input = join(base, 'in');
  const out = join(base, 'out');
  let run: ReturnType<typeof spawnSync>;
  let stderr: string[];
  let graph: { attributes: { pages: Array<{ doc: string }> }; nodes: Array<{ key: string; attributes: { label: string; docs?: string[] } }> };

  beforeAll(() => {
    makeBadCorpus(input);
    run = spawnSync(process.execPath, [BIN, 'build', input, '--out', out, '--json'], { encoding: 'utf8', timeout: 120_000 });
    stderr = String(run.stderr).split('\n').filter((l) => l.startsWith('newsgraph'));
    graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  }, 150_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('exits 3 and counts 5 pages read and 9 bad', () => {
    expect(run.status).toBe(3);
    expect(JSON.parse(String(run.stdout))).toMatchObject({ pages: 5, processed: 5, bad: 9 });
  });

  it.each(Object.entries(REFUSED))('reports %s once, on one line, with its reason', (file, reason) => {
    const lines = stderr.filter((l) => l.startsWith(`newsgraph build: ${join(input, file)}: `));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
  });

  it('reports nothing else: page.html is not a page file, the folder loop is entered once', () => {
    expect(stderr).toHaveLength(Object.keys(REFUSED).length);
    expect(stderr.join('\n')).not.toMatch(/page\.html|again/);
  });

  it('builds the graph from every readable page', () => {
    expect(graph.attributes.pages.map((p) => p.doc).sort()).toEqual(READ);
    expect(docsOf(graph, 'place:大祥区')).toContain('gbk-page.md'); // GBK with a .md name
    expect(docsOf(graph, 'person:赵立平')).toEqual(['good-column.txt', 'truncated-short.txt']);
    expect(docsOf(graph, 'person:徐德荣')).toEqual(['good-markdown.md']);
  });

  it('reads truncated UTF-8 as UTF-8 (no GB18030 mojibake), whatever its length', () => {
    expect(docsOf(graph, 'person:胡晓建')).toContain('truncated-utf8.txt');
    expect(docsOf(graph, 'place:麻元社区')).toContain('truncated-short.txt');
    // Typical characters of UTF-8 Chinese read as GB18030.
    expect(graph.nodes.filter((n) => /[鏈璁鍗€锛]/.test(n.attributes.label)).map((n) => n.key)).toEqual([]);
  });
});

/** Pages of a node; for `person:<name>`, of every node of that person (people carry an @anchor). */
function docsOf(graph: { nodes: Array<{ key: string; attributes: { docs?: string[] } }> }, key: string) {
  const nodes = graph.nodes.filter((n) => n.key === key || (key.startsWith('person:') && n.key.startsWith(`${key}@`)));
  return nodes.length ? [...new Set(nodes.flatMap((n) => n.attributes.docs ?? []))].sort() : undefined;
}
