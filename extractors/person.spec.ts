import { describe, expect, it } from 'vitest';
import type { Credit, Mention } from '../src/model/types.ts';
import { analysed } from '../test/support/articles.ts';
import { person } from './person.ts';

function persons(text: string, opts: { credits?: Credit[]; previous?: Mention[] } = {}): Mention[] {
  return person.extract(analysed(text, { credits: opts.credits }), { previous: opts.previous ?? [] });
}
const names = (text: string, opts?: Parameters<typeof persons>[1]) => persons(text, opts).map((m) => m.text);

describe('person extractor', () => {
  it('reads names after role words, with the role', () => {
    const [m] = persons('零陵区委书记赵立平仔细倾听，不时对居民提出的疑问给予回应。');
    expect(m).toMatchObject({ text: '赵立平', role: '零陵区委书记' });
    expect(names('这里的民警段海涛用行动践行了承诺。')).toEqual(['段海涛']);
    expect(names('仙槎桥镇镇长刘萍萍介绍，全镇今年种植西瓜。')).toEqual(['刘萍萍']);
    expect(names('市委副书记、市长陈小平等领导针对企业问题现场办公。')).toEqual(['陈小平']);
    // jieba glues the role to the surname: 辅警谢|建军.
    expect(persons('在石株桥村，辅警谢建军正在帮村民调解纠纷。')).toMatchObject([{ text: '谢建军', role: '辅警' }]);
    expect(names('书记强调，民警要做到心中有数。')).toEqual([]);
    expect(names('全县286个行政村实现辅警全覆盖。')).toEqual([]);
    expect(names('群众满意度达95%以上。')).toEqual([]); // 满 is a rare surname; 满意度 is a word
    expect(names('州委书记虢正贵介绍，全州已建成示范村。')).toEqual(['虢正贵']); // a rare surname after a role
    expect(names('管委会主任左建平介绍，主任和党员一起。')).toEqual(['左建平']); // 左/m after a role
    expect(names('公司董事长黄建新介绍，全市田长全覆盖。')).toEqual(['黄建新']); // 黄/a, but not 全/a
    expect(names('安化县委书记张立新说，一张张笑脸。')).toEqual(['张立新']); // 张/q after a role
    expect(names('“现在护鱼。”何国平说，何况他说的话也对。')).toEqual(['何国平']); // 何国/r|平说/x
    // 向 rarely starts a given name, but jieba reads a name there.
    expect(names('副市长曾向阳在调研时指出，李向东表示赞同，他们向阳光走去。')).toEqual(['曾向阳', '李向东']);
    expect(persons('国有林场护林员李强巡山。')).toMatchObject([{ text: '李强', role: '国有林场护林员' }]);
  });

  it('stops a given name at characters that rarely end names', () => {
    expect(names('即将退休的党员教师邓华和同伴们在社区服务。')).toEqual(['邓华']);
    expect(names('驻村第一书记刘洁的“民情日记”写满了三本。')).toEqual(['刘洁']);
    expect(names('党支部书记欧阳华结合社区的需求开展活动。')).toEqual(['欧阳华']);
  });

  it('takes a role written after the name', () => {
    const [m] = persons('届时，湖南省人民医院介入科主任刘觉仕教授将应邀担任顾问。');
    expect(m).toMatchObject({ text: '刘觉仕', role: '湖南省人民医院介入科主任、教授' });
    expect(persons('会上，赵立平书记强调，要抓好落实。').map((x) => [x.text, x.role])).toEqual([['赵立平', '书记']]);
    expect(persons('记者王晓明通讯员李娟报道').map((x) => [x.text, x.role])).toEqual([['王晓明', '记者'], ['李娟', '通讯员']]);
  });

  it('accepts names listed beside an accepted one', () => {
    expect(names('派出所派出副所长贺晓亮、“项目警官”熊宝星、雷长庚前往协调解决。')).toEqual(['贺晓亮', '熊宝星', '雷长庚']);
    expect(names('会上，张建国、李小龙表示支持。')).toEqual(['张建国', '李小龙']);
    expect(names('安全、环保、质量三个方面，王建国表示。')).toEqual(['王建国']);
    expect(names('欧阳晓东、王建国表示支持。')).toEqual(['欧阳晓东', '王建国']);
  });

  it('takes credits and marks photo credits', () => {
    const found = persons('在西洲公园路口段开展武装巡逻。廖奖安摄', { credits: [{ name: '廖奖安', kind: 'photo' }] });
    expect(found.map((m) => [m.text, m.role])).toEqual([['廖奖安', '摄影']]);
    expect(names('（舒建平彭颖异）', { credits: [{ name: '舒建平', kind: 'byline' }, { name: '彭颖异', kind: 'byline' }] })).toEqual(['舒建平', '彭颖异']);
  });

  it('gives the one byline name the role of the author note', () => {
    const found = persons('向树华\n营商环境是发展的基础。（作者系中共双牌县委副书记、县人民政府县长）', { credits: [{ name: '向树华', kind: 'byline' }] });
    expect(found.map((m) => [m.text, m.role])).toEqual([['向树华', '中共双牌县委副书记、县人民政府县长']]);
  });

  it('ignores credits that are not personal names', () => {
    expect(names('桂东植物园一角。(桂东县委宣传部供图)', { credits: [{ name: '桂东县委宣传部', kind: 'photo' }] })).toEqual([]);
  });

  it('marks masked names', () => {
    const found = persons('民警基本判定唐某某近段时间冒用徐某某身份，魏某德已被抓获。');
    expect(found.filter((m) => m.masked).map((m) => m.text)).toEqual(['唐某某', '徐某某', '魏某德']);
    expect(found.some((m) => m.text.includes('时间'))).toBe(false);
  });

  it('passes courtesy forms on, never as plain names', () => {
    const found = persons('前来就诊的李阿姨乐呵呵地说。李警官连夜赶到。');
    expect(found.map((m) => [m.text, m.source])).toEqual([
      ['李阿姨', 'person:courtesy:'],
      ['李警官', 'person:courtesy:警'],
    ]);
  });

  it('maps a historical title to the full name', () => {
    expect(persons('当年毛主席来过这里。').map((m) => [m.text, m.canonical])).toEqual([['毛主席', '毛泽东']]);
  });

  it('reads names before 同志 and in profile lines', () => {
    expect(names('谭建华同志是一名有着30年党龄的老党员。')).toEqual(['谭建华']);
    expect(names('罗志明，男，1968年出生。')).toEqual(['罗志明']);
  });

  it('does not read organisation or place names as persons', () => {
    expect(names('校长介绍，李达中学今年招生人数增加。')).toEqual([]);
    expect(names('张富清金融服务队走进社区。')).toEqual([]);
    expect(names('在联村民警和村辅警带领下义务巡逻。')).toEqual([]);
    expect(names('区委书记高度重视群众安全感。')).toEqual([]);
    expect(names('黄金周期间，各大景区接待游客人数再创新高。')).toEqual([]);
    expect(names('都举行龙舟赛。')).toEqual([]);
    expect(names('国家森林公园的杜鹃花竞相开放。')).toEqual([]);
    const previous: Mention[] = [{ type: 'place', text: '马桥镇', start: 2, end: 5, source: 't' }];
    expect(names('民警马桥镇派出所。', { previous })).toEqual([]);
  });

  it('reads a name right after a place when a verb follows', () => {
    const previous: Mention[] = [{ type: 'place', text: '沤江镇', start: 0, end: 3, source: 't' }];
    expect(names('沤江镇郭履坤当了20余年的义务楼长。', { previous })).toEqual(['郭履坤']);
  });
});
