import { describe, expect, it } from 'vitest';
import type { Mention } from '../src/model/types.ts';
import { analysed } from '../test/support/articles.ts';
import { place } from './place.ts';

function places(text: string): Mention[] {
  return place.extract(analysed(text), { previous: [] });
}
const texts = (text: string) => places(text).map((m) => m.text);

describe('place extractor', () => {
  it('reads gazetteer names in a chain, with codes', () => {
    const found = places('4月26日，邵东市仙槎桥镇清江村的一处耕地被恢复。');
    expect(found.map((m) => [m.text, m.code])).toEqual([
      ['邵东市', '430582'],
      ['仙槎桥镇', expect.stringMatching(/^430582/)],
      ['清江村', expect.stringMatching(/^430582/)],
    ]);
  });

  it('chooses among shared village names by the places nearby, or leaves the code unset', () => {
    const [, , village] = places('常宁市西岭镇平安村自发组织义务巡逻队。');
    expect(village).toMatchObject({ text: '平安村', code: expect.stringMatching(/^430482/) });
    expect(places('平安村自发组织义务巡逻队。')[0]?.code).toBeUndefined();
  });

  it('reads short forms as the official place', () => {
    const found = places('近年来，零陵区坚持创新。零陵“四夜”进社区暖民心，永州各地纷纷学习。');
    expect(found.map((m) => [m.text, m.canonical, m.code])).toEqual([
      ['零陵区', '零陵区', '431102'],
      ['零陵', '零陵区', '431102'],
      ['永州', '永州市', '4311'],
    ]);
    expect(texts('并北上河北、南下广东追捕。')).toEqual(['河北', '广东']);
    expect(places('江华县涔天河水库迎来客流高峰。').map((m) => [m.text, m.canonical])).toEqual([
      ['江华县', '江华瑶族自治县'],
      ['涔天河水库', undefined],
    ]);
  });

  it('reads sub-districts, which are places (向阳街道)', () => {
    expect(texts('6月1日7时许，107国道向阳街道路段发生一起交通事故。')).toEqual(['107国道', '向阳街道']);
  });

  it('reads a site jieba holds as one ordinary word (五一广场/l), not a generic one', () => {
    expect(texts('爱莲景苑小区、五一广场人流如织。')).toEqual(['爱莲景苑小区', '五一广场']);
    expect(texts('张家界国家森林公园接待游客，张家界荷花国际机场航班增多。')).toEqual(['张家界国家森林公园', '张家界荷花国际机场']);
    expect(texts('在文化广场跳舞，国省道沿线。')).toEqual([]);
    expect(texts('守护绿水青山，齐云山风景秀丽。')).toEqual(['齐云山']);
  });

  it('reads a numbered national or provincial road however jieba cut it', () => {
    expect(texts('沿107国道行驶，G207国道旁的黎家坪镇。')).toEqual(['107国道', 'G207国道', '黎家坪镇']);
    expect(texts('全国道德模范来到现场。')).toEqual([]);
  });

  it('reads countries and regions from the list', () => {
    expect(texts('邀请欧美、非洲、东盟、巴基斯坦等地区的客商参展。')).toEqual(['欧美', '非洲', '东盟', '巴基斯坦']);
    expect(places('并在湘西南地区享有盛誉。').map((m) => [m.text, m.canonical])).toEqual([['湘西南地区', '湘西南']]);
  });

  it('reads named sites by suffix, with the left boundary at a place or a function word', () => {
    expect(texts('零陵区麻元社区乐民中心广场。')).toEqual(['零陵区', '麻元社区', '乐民中心广场']);
    expect(texts('冷水滩区湘江西路刚刚建成。')).toEqual(['冷水滩区', '湘江西路']);
    expect(texts('武警在西洲公园路口段开展巡逻。')).toEqual(['西洲公园']);
    expect(texts('在邵阳北站，随着高铁进站。')).toEqual(['邵阳北站']);
    expect(texts('齐云山突发浓雾。')).toEqual(['齐云山']);
    expect(texts('武广高铁、沪昆高速和京港澳高速长沙段车流平稳，修高铁的工人们干劲十足。')).toEqual(['武广高铁', '沪昆高速', '京港澳高速长沙段']);
    expect(texts('将在去年底完工的蓝山县皮具箱包科技产业园举行。')).toEqual(['蓝山县皮具箱包科技产业园']);
    expect(texts('家住人民路的居民说，建设北路施工，韶山南路拥堵。')).toEqual(['人民路', '建设北路', '韶山南路']);
  });

  it('does not take descriptions for names', () => {
    expect(texts('就黄古山停车场老旧小区改造征求意见。')).toEqual(['黄古山停车场']);
    expect(texts('坚持“抓创新”工作思路，修好群众路，走好致富路。')).toEqual([]);
    expect(texts('安装城市摄像头1631路。')).toEqual([]);
    expect(texts('行政村以及100人以上自然村水泥路通畅率100%。')).toEqual([]);
    expect(texts('村民黄山平坐上公交车。')).not.toContain('村民黄山');
  });

  it('extends a place by 县城 / 市区 and reads a former suburb with its towns', () => {
    expect(places('宁远县城周边村庄连续发生盗窃。').map((m) => [m.text, m.canonical])).toEqual([['宁远县城', '宁远县']]);
    expect(places('在原邵阳市郊区雨溪乡发生一起案件。').map((m) => [m.text, m.canonical])).toEqual([
      ['邵阳市郊区', '邵阳市郊区'],
      ['雨溪乡', '雨溪乡'],
    ]);
  });
});

describe('place anaphors', () => {
  it('reads 该县 as the county named before', () => {
    const found = places('东安县作为试点县，不断健全机制。该县出台系列文件。');
    expect(found.map((m) => [m.text, m.canonical, m.code])).toEqual([
      ['东安县', '东安县', '431122'],
      ['该县', '东安县', '431122'],
    ]);
  });
});

describe('units after a location word', () => {
  it('reads an unknown village after 在/来到, not a generic one', () => {
    expect(texts('记者来到大坪头村，看到村民正在晒谷。')).toEqual(['大坪头村']);
    expect(texts('在全村范围内开展排查，到联点村走访。')).toEqual([]);
  });
});
