import { describe, expect, it } from 'vitest';
import type { Mention } from '../src/model/types.ts';
import { analysed } from '../test/support/articles.ts';
import { extractArticle } from './index.ts';
import { organisation } from './organisation.ts';
import { place } from './place.ts';

/** Organisation mentions of one sentence, with the place extractor run first as in the pipeline. */
function orgs(text: string): Mention[] {
  const doc = analysed(text);
  const previous = place.extract(doc, { previous: [] });
  return organisation.extract(doc, { previous });
}
const names = (text: string) => orgs(text).map((m) => m.text);

describe('organisation extractor', () => {
  it('starts a name at its place, never at the verb before it', () => {
    expect(names('3月，永州市公安局成立专项行动领导小组。')).toEqual(['永州市公安局']);
    expect(names('为此成立永州市公安局监所管理支队。')).toEqual(['永州市公安局', '永州市公安局监所管理支队']);
    expect(names('据市教育局统计，全市学校均已开学。')).toEqual(['市教育局']);
    expect(names('由鸿威会展集团有限公司招商布展。')).toEqual(['鸿威会展集团有限公司']);
    expect(names('金融创新全周期服务民营企业湖南建升木业。')).toEqual(['湖南建升木业']);
  });

  it('never runs a name across a line break (a headline, then the body), quoted or not', () => {
    expect(names('区建设工作会议\n雨湖区人民法院召开会议。')).toEqual(['雨湖区人民法院']);
    expect(names('开展活动的“巧手\n维修队”志愿者。')).toEqual([]);
    expect(names('他加入了“阳光\n家园”志愿服务队。')).toEqual([]);
    expect(names('全力护航永州公安\n机关干警开展培训。')).toEqual(['永州公安']);
    expect(names('他加入了“阳光家园”志愿服务队。')).toEqual(['“阳光家园”志愿服务队']);
  });

  // [sentence, the organisations in it]: each a general rule, named by its example.
  const table = (cases: ReadonlyArray<readonly [string, string[]]>) => {
    for (const [text, expected] of cases) expect(names(text).sort(), text).toEqual([...expected].sort());
  };

  it('repairs jieba\'s cuts around heads', () => {
    table([
      ['中国工商银行娄底分行为当地企业发放贷款。', ['中国工商银行', '中国工商银行娄底分行']], // 分|行为
      ['农商银行娄星支行为小微企业授信。', ['娄星支行']], // 娄星支|行为
      ['部分行为不规范。', []],
      ['郴州市全面推行林长制。', []], // 全面推行/n is no bank
      ['益阳市茶叶协会会长刘仲华表示。', ['益阳市茶叶协会']], // 协会会长/n
      ['湘潭县第一中学教师刘丽从城区交流，小学生和中学生一起。', ['湘潭县第一中学']], // 中学教师/nt
      ['市民政局、市信访局负责人参加会议。', ['市民政局', '市信访局']], // 市民|政局
      ['广大市民政治热情高涨。', []],
      ['今年全市新建乡村学校5所。', []], // 新建/ns
      ['省交通运输厅、省住建厅联合发文。', ['省交通运输厅', '省住建厅']], // 住|建|厅
      ['国务院办公厅、国家发展改革委联合印发通知。', ['国务院办公厅', '国家发展改革委']],
      ['在街道“和为贵”调解室得到解决。', ['“和为贵”调解室']], // 街道 is no place
    ]);
  });

  it('closes names with heads of every kind of unit, never a bare head', () => {
    table([
      ['永州市中心血站组织献血活动。', ['永州市中心血站']],
      ['阳明山国有林场护林员巡山，永州卷烟厂捐款。', ['阳明山国有林场', '永州卷烟厂']],
      ['在工厂里，在农场中，在服务站内。', []],
      ['希望企业了解柳叶湖旅游度假区惠企政策，周末去度假区游玩。', ['柳叶湖旅游度假区']],
      ['永州市纪委监委在全市推行清单制度。', ['永州市纪委监委']],
      ['新化县纪委在全县开展督查。', ['新化县纪委']],
    ]);
  });

  it('reads a name quoted whole after an honour verb as an honour (获评全省“枫桥式人民法庭”)', () => {
    expect(names('新塘法庭已获评全省“枫桥式人民法庭”。')).toEqual(['新塘法庭']);
    expect(names('“巧手维修队”上门服务。')).toEqual(['“巧手维修队”']);
  });

  it('reads a company\'s whole registered name: trade name, place, legal form', () => {
    table([
      ['湖南邵东农村商业银行股份有限公司为辖区农户发放贷款。', ['湖南邵东农村商业银行股份有限公司']],
      ['推动涟钢、华菱涟源钢铁有限公司等龙头企业延链补链。', ['华菱涟源钢铁有限公司']],
      ['在湖南三一中源新材料有限公司生产车间，他在长沙市一家公司上班。', ['湖南三一中源新材料有限公司']],
      ['湖南九龙岭生态农业开发有限公司负责人说，他们注册成立有限公司。', ['湖南九龙岭生态农业开发有限公司']],
    ]);
  });

  it('ends a name at a job title or a linking word on its left', () => {
    expect(names('湖南农业大学副校长邹学校出席。')).toEqual(['湖南农业大学']);
    expect(names('麻元岔路口至柳子中学道路白改黑。')).toEqual(['柳子中学']);
  });

  it('keeps a head word alone, figures of speech and honours out', () => {
    expect(names('全市各学校和医院都行动起来，民之所盼。')).toEqual([]);
    expect(names('祁阳市陶铸图书馆获得“国家一级图书馆”荣誉称号。')).toEqual(['祁阳市陶铸图书馆']);
    expect(names('企业开办实现“掌上办”“极简办”。')).toEqual([]);
    expect(names('桂东县投入3.5亿元打造县乡村三级综治中心。')).toEqual([]);
  });

  it('makes the inner unit of a nested name canonical, part of its parent', () => {
    const [parent, child] = orgs('零陵分局徐家井派出所民警深入辖区。');
    expect(parent).toMatchObject({ text: '零陵分局', locatedIn: '零陵区' });
    expect(child).toMatchObject({ text: '零陵分局徐家井派出所', canonical: '徐家井派出所', partOf: '零陵分局' });
    const chain = orgs('衡阳市公安局石鼓分局五一派出所来雁塔社区民警');
    expect(chain.map((m) => m.canonical ?? m.text)).toEqual(['衡阳市公安局', '石鼓分局', '五一派出所']);
    expect(chain[2].partOf).toBe('石鼓分局');
  });

  it('finds party and government organs, also when jieba splits them', () => {
    expect(names('零陵区委书记赵立平仔细倾听。')).toEqual(['零陵区委']);
    expect(names('（作者系中共双牌县委副书记）')).toEqual(['中共双牌县委']);
    expect(names('江永县委政法委联合县公安局开展宣传。')).toEqual(['江永县委', '江永县委政法委', '县公安局']);
    const [, pair] = orgs('邵东市委市政府高度重视。');
    expect(pair).toMatchObject({ text: '邵东市委市政府', canonical: '邵东市政府' });
  });

  it('reads a person name before a team head as part of an organisation', () => {
    expect(names('支行组建“张富清金融服务队”，由行长带队。')).toEqual(['“张富清金融服务队”']);
    expect(names('成立“大祥红”志愿服务队384支。')).toEqual(['“大祥红”志愿服务队']);
    expect(names('李达中学的师生参加了活动。')).toEqual(['李达中学']);
  });

  it('marks relative forms and anaphors for the resolver', () => {
    const [rel] = orgs('得到省商务厅的大力支持。');
    expect(rel).toMatchObject({ text: '省商务厅', source: 'organisation:relative' });
    const an = orgs('该行将继续保持改革。').find((m) => m.source.endsWith(':anaphor'));
    expect(an?.text).toBe('该行');
    expect(orgs('这种该行为不可取。').some((m) => m.source.endsWith(':anaphor'))).toBe(false);
  });

  it('reads a city’s police named by the city alone', () => {
    const [m] = orgs('幸福安宁的永州，离不开永州公安的倾情付出。');
    expect(m).toMatchObject({ text: '永州公安', canonical: '永州市公安局', locatedIn: '永州市' });
  });

  it('wins over the place and person inside its name in the pipeline', () => {
    const kept = extractArticle(analysed('东安县鹿马桥镇卫生院里，前来就诊的李阿姨乐呵呵地说。'));
    expect(kept.filter((m) => m.type === 'organisation').map((m) => m.text)).toEqual(['东安县鹿马桥镇卫生院']);
    expect(kept.some((m) => m.type === 'place' && m.text === '东安县')).toBe(false);
  });
});

describe('organisation extractor on names jieba knows whole', () => {
  it('keeps national bodies and their local units apart', () => {
    const found = orgs('国家税务总局永州市税务局和中国人民银行永州市分行开展宣传。');
    expect(found.map((m) => m.text)).toEqual(['国家税务总局', '国家税务总局永州市税务局', '中国人民银行', '中国人民银行永州市分行']);
    expect(found[0].locatedIn).toBeUndefined();
    expect(found[1].partOf).toBe('国家税务总局');
    expect(found[1].locatedIn).toBeUndefined();
    expect(names('中南大学湘雅医院专家到县人民医院坐诊。')).toEqual(['中南大学', '中南大学湘雅医院', '县人民医院']);
  });
});

describe('organisation extractor on any text', () => {
  it('returns mentions whose text is the slice they cover, and never throws', async () => {
    const fc = (await import('fast-check')).default;
    const chars = fc.constantFrom(...'“”、，。的永州市公安局分局派出所零陵该行银行支行中共县委省厅队有限公司张'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        for (const m of orgs(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});
