import { describe, expect, it } from 'vitest';
import { isPageError, readPages } from '../ingest/index.ts';
import type { Entity } from '../model/types.ts';
import { processPage } from '../pipeline.ts';
import { resolvedEntities } from '../../test/support/articles.ts';
import { programmeForm } from './programme.ts';

const programmes = (...texts: string[]): Entity[] => resolvedEntities('programme', ...texts);
const summary = (list: Entity[]) => list.map((e) => [e.name, e.aliases]);

describe('programme resolver', () => {
  it('joins a numbered core to the one longer name it begins (“五好” → 五好园区)', () => {
    const list = programmes('紧盯“五好”园区创建标准。2022年获评全省“五好园区”创建工作先进园区。');
    expect(list.map((e) => e.name)).toEqual(['五好园区']);
  });

  it('keys surface forms by their core', () => {
    expect(programmeForm('“四夜”行动')).toEqual({ key: '四夜', core: '四夜', surface: '四夜行动', whole: false });
    expect(programmeForm('“雪亮工程”')).toMatchObject({ key: '雪亮', whole: true });
    expect(programmeForm('入园惠企专项行动')).toMatchObject({ key: '入园惠企专项', whole: true });
  });

  it('names the core with its suffix when the page uses both', () => {
    const list = programmes('推进“四夜”行动。零陵“四夜”进社区暖民心。');
    expect(summary(list)).toEqual([['四夜行动', ['“四夜”']]]);
  });

  it('makes one programme of several tails on one core, named by the core', () => {
    const list = programmes('推动“情指勤舆督”一体化实战化运行机制落地。', '构建“情指勤舆督”一体化警务新机制。');
    expect(list).toHaveLength(1);
    expect(list[0].name).toBe('情指勤舆督');
  });

  it('keeps a name that carries its own suffix, and tells apart two of them on one core', () => {
    expect(programmes('串联起“雪亮工程”，推进雪亮工程建设。').map((e) => e.name)).toEqual(['雪亮工程']);
    const list = programmes('以“五大工程”为路径。', '实施信贷服务“五大行动”。');
    expect(list.map((e) => e.name).sort()).toEqual(['五大工程', '五大行动']);
  });

  it('pins the seed pages', async () => {
    const pages = new Map<string, Entity[]>();
    for await (const p of readPages(['seeds'])) if (!isPageError(p)) pages.set(p.doc, processPage(p).entities);
    const of = (doc: string) => pages.get(doc)!.filter((e) => e.type === 'programme');
    const p000 = of('000_2da82a6f435e105f.txt');
    expect(p000.find((e) => e.name === '四夜行动')?.aliases).toContain('“四夜”');
    expect(p000.map((e) => e.name)).toEqual(expect.arrayContaining(['枫桥经验', '守护潇湘2024', '快反135模式']));
    expect(p000.map((e) => e.name)).not.toEqual(expect.arrayContaining(['小切口']));
    const p003 = of('003_318566546281f657.txt');
    expect(p003.filter((e) => e.name.startsWith('情指勤舆督'))).toHaveLength(1);
  });
});
