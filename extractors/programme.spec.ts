import { describe, expect, it } from 'vitest';
import type { Mention } from '../src/model/types.ts';
import { analysed } from '../test/support/articles.ts';
import { programme } from './programme.ts';

function programmes(text: string, previous: Mention[] = []): Mention[] {
  return programme.extract(analysed(text), { previous });
}
const names = (text: string, previous?: Mention[]) => programmes(text, previous).map((m) => m.text);

describe('programme extractor', () => {
  it('takes a quoted name with the suffix tail after it', () => {
    expect(names('纵深推进夜巡保平安的“四夜”行动。')).toEqual(['“四夜”行动']);
    expect(names('在全市开展“守护潇湘2024”严打整治专项行动，严厉打击犯罪。')).toEqual(['“守护潇湘2024”严打整治专项行动']);
    expect(names('推动“情指勤舆督”一体化实战化运行机制落地。')).toEqual(['“情指勤舆督”一体化实战化运行机制']);
    expect(names('围绕“双减”政策，服务社区青少年。')).toEqual(['“双减”政策']);
    expect(names('全市还建成了“1+8+N”矛盾纠纷多元化解体系。')).toEqual(['“1+8+N”矛盾纠纷多元化解体系']);
  });

  it('never runs a name across a line break, before or after a quote', () => {
    expect(names('开展“送法下乡”行动\n活动现场人头攒动。')).toEqual(['“送法下乡”行动']);
    expect(names('乡村振兴\n专项行动在全县启动。')).toEqual([]);
    // A quote closing the line before is no quoted name this one is the tail of.
    expect(names('开展“送法下乡”\n入园惠企专项行动。')).toEqual(['“送法下乡”', '入园惠企专项行动']);
  });

  it('starts an unquoted name after a function word jieba glued to the unknown word before it', () => {
    expect(names('为建设现代化新芦淞以实际行动解民忧。')).toEqual([]);
  });

  it('takes quotes introduced by a programme verb, or carrying their own suffix', () => {
    expect(names('纵深推进“一切工作到支部”，推动党的组织覆盖。')).toEqual(['“一切工作到支部”']);
    expect(names('串联起“雪亮工程”。')).toEqual(['“雪亮工程”']);
    expect(names('坚持和发展新时代“枫桥经验”。')).toEqual(['“枫桥经验”']);
    expect(names('以“湘易办”为总引擎，优化服务。')).toEqual(['“湘易办”']);
    expect(names('以“大祥红”志愿者为品牌，推动自治。')).toEqual(['“大祥红”']);
  });

  it('leaves out unquoted operations named only by generic words (收网行动, 集中统一清查行动)', () => {
    expect(names('专案组赴广东开展收网行动，开展三次集中统一清查行动，启动重大项目建设工程。')).toEqual([]);
    expect(names('通过政策宣传解读、入园惠企专项行动等活动。')).toEqual(['入园惠企专项行动']);
  });

  it('leaves out targets framed by 以…为重点, manners and a common noun before a weak tail', () => {
    const none = ['以“四类人员”为重点，分类分级管控。', '对吸毒人员开展“一对一”疏导教育。', '依托“一站式”多元解纷平台化解纠纷。', '推进农村“厕所”建设，排查整改。'];
    for (const text of none) expect(names(text), text).toEqual([]);
    expect(names('推进“智慧公安大脑”建设。')).toEqual(['“智慧公安大脑”']);
  });

  it('takes a campaign named by its steering body, and packages of numbered measures', () => {
    const office = { type: 'organisation' as const, text: '市“放管服”改革领导小组', start: 2, end: 14, source: 'test' };
    expect(names('全市“放管服”改革领导小组召开会议。')).toEqual(['“放管服”改革']);
    expect(names('由“扫黄打非”工作小组办公室主办。')).toEqual(['“扫黄打非”']);
    expect(names('全市“放管服”领导小组召开会议。', [office])).toEqual(['“放管服”']);
    expect(names('先后出台“稳增长二十条”“优化营商环境十二条措施”等。')).toEqual(['“稳增长二十条”', '“优化营商环境十二条措施”']);
    expect(names('他说“这一条”很关键，“条例第十二条”写明了。')).toEqual([]);
    expect(names('“大祥红”志愿服务队在行动。', [{ type: 'organisation', text: '“大祥红”志愿服务队', start: 0, end: 11, source: 'test' }])).toEqual([]);
  });

  it('takes numbered slogans in context and enumerations of numbers', () => {
    expect(names('我们积极履行“一岗双责”，正确运用“四种形态”。')).toEqual(['“一岗双责”', '“四种形态”']);
    expect(names('为助力实现“三高四新”美好蓝图贡献力量。')).toEqual(['“三高四新”']);
  });

  it('leaves figures of speech, honours, manners and slogans alone', () => {
    expect(names('以民生民情民事“小切口”，实现基层治理大提升。')).toEqual([]);
    expect(names('架起了党委政府和人民群众之间的“连心桥”。')).toEqual([]);
    expect(names('为守住寻常百姓家的“烟火气”，拧紧社会“安全阀”。')).toEqual([]);
    expect(names('图书馆获得“国家一级图书馆”荣誉称号，获评“全国平安县城”。')).toEqual([]);
    expect(names('涉企事项实现“掌上办”“自助办”，企业开办“一日办结”。')).toEqual([]);
    expect(names('打造“一站式”综治中心，提供“保姆式”服务。')).toEqual([]);
  });

  it('needs a suffix for a quoted list', () => {
    expect(names('通过“一窗受理、并联审批”压缩时限。')).toEqual([]);
    expect(names('推行“千人包干村、万警进万家”行动。')).toEqual(['“千人包干村、万警进万家”行动']);
  });

  it('names a numbered tail spelled out by the list before it', () => {
    expect(names('实行“步巡、车巡、视频巡逻、无人机巡”四巡结合。')).toEqual(['四巡结合']);
  });

  it('repeats a programme at its other quoted mentions in the article', () => {
    expect(names('推进“四夜”行动。零陵“四夜”进社区暖民心。')).toEqual(['“四夜”行动', '“四夜”']);
  });

  it('takes unquoted names ending in a strong suffix, not generic ones', () => {
    expect(names('深入开展交通秩序大整治行动。')).toEqual(['交通秩序大整治行动']);
    expect(names('积极贯彻国家乡村振兴战略。')).toEqual(['国家乡村振兴战略']);
    expect(names('各单位迅速行动，以实际行动落实专项整治行动。')).toEqual([]);
    expect(names('全面推行田长制，落实路长制。')).toEqual(['田长制', '路长制']);
  });

  it('leaves quoted organisation names to the organisation extractor', () => {
    const text = '设立“竹木产业链知识产权保护中心”。';
    const org: Mention = { type: 'organisation', text: text.slice(2, 18), start: 2, end: 18, source: 'test' };
    expect(names(text, [org])).toEqual([]);
  });
});

describe('programme extractor on any text', () => {
  it('returns mentions whose text is the slice they cover, and never throws', async () => {
    const fc = (await import('fast-check')).default;
    const chars = fc.constantFrom(...'“”“”、，。的行动机制模式四夜五进雪亮工程推行开展以为长制田县委局办活动+1'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        for (const m of programmes(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});
