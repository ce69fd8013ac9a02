import { describe, expect, it } from 'vitest';
import { isPageError, readPages } from '../ingest/index.ts';
import type { Entity } from '../model/types.ts';
import { processPage } from '../pipeline.ts';
import { resolvedEntities } from '../../test/support/articles.ts';

const orgs = (...texts: string[]): Entity[] => resolvedEntities('organisation', ...texts);
const byName = (list: Entity[], name: string) => list.find((e) => e.name === name);

describe('organisation resolver', () => {
  it('completes relative forms from the nearest place of their level', () => {
    const list = orgs('永州市公安局成立领导小组。随后，市公安局监所管理支队开展巡查，市公安局通报了情况。');
    expect(byName(list, '永州市公安局')?.aliases).toContain('市公安局');
    expect(byName(list, '永州市公安局监所管理支队')?.aliases).toContain('市公安局监所管理支队');
    expect(list.some((e) => e.name.startsWith('市'))).toBe(false);
  });

  it('keeps a nested unit of a relative parent under its own name (市公安局锡矿山派出所 → 锡矿山派出所)', () => {
    const list = orgs('冷水江市划分为386个网格。市公安局锡矿山派出所所长介绍了情况。');
    expect(byName(list, '锡矿山派出所')).toMatchObject({ aliases: ['市公安局锡矿山派出所'], partOf: 'organisation:冷水江市公安局' });
  });

  it('merges a short form with the full form written after a place (湘乡经开区 → 湖南湘乡经济开发区)', () => {
    const list = orgs('湖南湘乡经济开发区管委会与企业签约。湘乡经开区今年已引进项目32个。');
    expect(byName(list, '湖南湘乡经济开发区')?.aliases).toEqual(['湘乡经开区']);
  });

  it('merges a short form whose place is short too (零陵法院 → 零陵区人民法院)', () => {
    const list = orgs('零陵法院审结一起案件。', '零陵区人民法院审结一起非法采矿案，零陵区人民检察院出庭支持公诉。');
    expect(byName(list, '零陵区人民法院')?.aliases).toEqual(['零陵法院']);
    expect(byName(list, '零陵法院')).toBeUndefined();
  });

  it('keeps the level word after a one-character county name (县委 in 道县 → 道县县委)', () => {
    const list = orgs('今年以来，道县县委、县政府优化营商环境。县委书记说，县委将持续发力。');
    expect(list.map((e) => e.name).sort()).toEqual(['道县县委', '道县县政府']);
  });

  it('reads 省 as the province of the places around it', () => {
    const list = orgs('蓝山县召开筹备会，得到省商务厅、省侨联的支持。');
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['湖南省商务厅', '湖南省侨联']));
  });

  it('resolves anaphors to the nearest organisation with that head, and drops them otherwise', () => {
    const list = orgs('长沙银行永州分行行长介绍，该行将继续保持改革。', '该局重点围绕专利开展工作。');
    expect(byName(list, '长沙银行永州分行')?.aliases).toEqual(['该行']);
    expect(list.some((e) => e.name.includes('该'))).toBe(false);
  });

  it('gives a bare branch to the bank named before it', () => {
    const list = orgs('长沙银行永州分行班子成员带领新田支行、双牌支行走访企业。');
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['长沙银行新田支行', '长沙银行双牌支行']));
  });

  it('merges a place-prefixed name with its short form, and X分局 with X公安分局', () => {
    const list = orgs('东安县鹿马桥镇卫生院开诊。鹿马桥镇卫生院的医生说。', '追逃工作移交至大祥分局。在大祥公安分局民警的努力下。');
    expect(byName(list, '东安县鹿马桥镇卫生院')?.aliases).toEqual(['鹿马桥镇卫生院']);
    expect(byName(list, '大祥公安分局')?.aliases).toEqual(['大祥分局']);
  });

  it('gives a short form the full form the page also writes (经开区 → 经济技术开发区)', () => {
    const list = orgs('娄底经济技术开发区召开会议。今年以来，娄底经开区共实施项目45个。');
    expect(byName(list, '娄底经济技术开发区')?.aliases).toEqual(['娄底经开区']);
    expect(byName(list, '娄底经开区')).toBeUndefined();
  });

  it('decorates units with their parent and place', () => {
    const list = orgs('零陵分局徐家井派出所民警深入辖区，永州市公安局通报。');
    expect(byName(list, '徐家井派出所')).toMatchObject({ partOf: 'organisation:零陵分局', aliases: ['零陵分局徐家井派出所'] });
    expect(byName(list, '永州市公安局')?.locatedIn).toBe('place:永州市');
  });

  it('pins the seed pages', async () => {
    const pages = new Map<string, Entity[]>();
    for await (const p of readPages(['seeds'])) if (!isPageError(p)) pages.set(p.doc, processPage(p).entities);
    const names = (doc: string) => pages.get(doc)!.filter((e) => e.type === 'organisation').map((e) => e.name);
    expect(names('000_2da82a6f435e105f.txt')).toEqual(expect.arrayContaining([
      '永州市公安局', '徐家井派出所', '零陵区委', '祁阳市委网信办', '湖南省商务厅', '长沙银行新田支行', '湖南建升木业',
    ]));
    expect(names('002_0ccec44240a14bcf.txt')).toEqual(expect.arrayContaining(['“大祥红”志愿服务队', '五一派出所', '大祥公安分局']));
    expect(names('003_318566546281f657.txt')).toEqual(expect.arrayContaining(['张富清金融服务队', '江永县公安局', '公安部']));
    const yongzhou = pages.get('000_2da82a6f435e105f.txt')!.find((e) => e.id === 'organisation:永州市公安局');
    expect(yongzhou?.aliases).toEqual(expect.arrayContaining(['市公安局', '永州公安']));
  });
});
