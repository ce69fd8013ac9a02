import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../src/model/types.ts';
import { isPageError, pageFromBytes, readFiles, readPages, splitArticles, type PageError } from '../src/ingest/index.ts';
import { MAX_PAGE_BYTES } from '../src/ingest/read.ts';

const seed = new URL('../seeds/000_2da82a6f435e105f.txt', import.meta.url).pathname;
const bin = new URL('../bin/newsgraph.mjs', import.meta.url).pathname;
let dir: string;

async function collect(paths: string[]): Promise<Array<Page | PageError>> {
  const out: Array<Page | PageError> = [];
  for await (const p of readPages(paths)) out.push(p);
  return out;
}

// A folder with good pages beside bad ones: empty, binary, a dangling link, a link loop, a folder named
// like a page, a file that is not a page, a hidden macOS copy.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  copyFileSync(seed, join(dir, 'a-good.txt'));
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'd-dangling.txt'));
  mkdirSync(join(dir, 'e-folder.txt'));
  writeFileSync(join(dir, 'e-folder.txt', 'inner.md'), '# 标题\n\n正文一句。\n');
  symlinkSync('..', join(dir, 'e-folder.txt', 'loop'));
  writeFileSync(join(dir, 'f-notes.json'), '{}');
  writeFileSync(join(dir, '._a-good.txt'), Buffer.from([0, 5, 22, 7, 0, 2]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPages', () => {
  it('reads a folder in name order, reporting each bad file and going on', async () => {
    const got = await collect([dir]);
    const names = got.map((p) => p.path.slice(dir.length + 1));
    expect(names).toEqual(['a-good.txt', 'b-empty.txt', 'c-binary.txt', 'd-dangling.txt', 'e-folder.txt/inner.md']);
    const [good, empty, binary, dangling, inner] = got;
    expect(isPageError(good)).toBe(false);
    expect(splitArticles(good as Page).length).toBeGreaterThan(5);
    expect((empty as PageError).reason).toMatch(/empty/);
    expect((binary as PageError).reason).toMatch(/binary/);
    expect((dangling as PageError).reason).toMatch(/no such file|dangling/);
    expect(isPageError(inner)).toBe(false);
    expect(splitArticles(inner as Page)[0].title).toBe('标题');
  });
  it('tells empty and binary files apart before decoding (readFiles), so no worker is needed for them', async () => {
    const got: string[] = [];
    for await (const f of readFiles([dir])) got.push(isPageError(f) ? `${f.doc}: ${f.reason.split(';')[0]}` : `${f.doc} ${f.bytes.length} bytes`);
    expect(got.slice(1, 3)).toEqual(['b-empty.txt: file is empty', 'c-binary.txt: binary file (NUL byte at offset 4)']);
    expect(got[0]).toMatch(/^a-good\.txt \d+ bytes$/);
  });
  it('keeps name order while it reads files ahead, with bad files among many', async () => {
    const many = mkdtempSync(join(tmpdir(), 'ingest-many-'));
    const names = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, '0')}.txt`);
    names.forEach((name, i) => writeFileSync(join(many, name), i % 7 === 3 ? '' : `标题${i}\n\n正文第${i}句。\n`));
    const got = await collect([many]);
    rmSync(many, { recursive: true, force: true });
    expect(got.map((p) => p.doc)).toEqual(names);
    expect(got.map((p) => isPageError(p))).toEqual(names.map((_, i) => i % 7 === 3));
    expect((got[4] as Page).text).toContain('正文第4句');
  });
  it('refuses a file over the size limit without reading it', async () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_PAGE_BYTES + 1);
    const [e] = await collect([huge]);
    expect(isPageError(e) && e.reason).toMatch(/over the 16 MiB limit/);
    rmSync(huge);
  });
  it('reports a missing path given on the command line', async () => {
    const [e] = await collect([join(dir, 'nope')]);
    expect(isPageError(e) && e.reason).toMatch(/no such file/);
  });
  it('normalises a 50 MB single-line file without hanging (readPages refuses it by size)', async () => {
    const big = join(dir, 'big', 'one-line.txt');
    mkdirSync(join(dir, 'big'));
    const out = createWriteStream(big);
    const chunk = '永 州 市 公 安 局 开 展 专 项 行 动 GDP 6.1% '.repeat(20000);
    for (let size = 0; size < 50e6; size += Buffer.byteLength(chunk)) out.write(chunk);
    await new Promise((done) => out.end(done));
    const [refused] = await collect([big]);
    expect(isPageError(refused) && refused.reason).toMatch(/over the 16 MiB limit/);
    const arts = splitArticles(pageFromBytes(big, readFileSync(big)));
    expect(arts).toHaveLength(1);
    expect(arts[0].text.startsWith('永州市公安局开展专项行动GDP 6.1%永州市')).toBe(true);
    rmSync(join(dir, 'big'), { recursive: true });
  }, 120_000);
});

describe('newsgraph articles', () => {
  it('prints one JSON line per article and exits 3 when a file was bad', () => {
    const r = spawnSync(process.execPath, [bin, 'articles', '--json', dir], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/b-empty\.txt: file is empty/);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ doc: 'a-good.txt', id: 'a-good.txt#0', title: '零陵“四夜”进社区暖民心', byline: ['单建华', '杨情陆'] });
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['doc', 'id', 'title', 'byline', 'text', 'sentences']);
      for (const s of row.sentences) expect(row.text.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
    expect(rows.at(-1)).toMatchObject({ doc: 'e-folder.txt/inner.md', title: '标题' });
  });
  it('prints a readable summary and exits 0 on good input', () => {
    const r = spawnSync(process.execPath, [bin, 'articles', seed], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('11 articles');
    expect(r.stdout).toContain('#2 东安多举措推动县域医共体建设  [李礼壹 秦文君 黄锦程]');
  });
  it('exits 2 without a path', () => {
    const r = spawnSync(process.execPath, [bin, 'articles'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
  });
});

describe('page names', () => {
  it('names pages found in folders by their path inside the folder, so same-named files stay apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-docs-'));
    for (const day of ['01', '02']) {
      mkdirSync(join(root, day));
      writeFileSync(join(root, day, 'page.txt'), `${day}日，永州市召开会议。\n`);
    }
    const docs: string[] = [];
    for await (const p of readPages([root, join(root, '01', 'page.txt')])) docs.push(isPageError(p) ? `error:${p.doc}` : p.doc);
    expect(docs).toEqual(['01/page.txt', '02/page.txt', 'page.txt']);
    rmSync(root, { recursive: true });
  });
});
