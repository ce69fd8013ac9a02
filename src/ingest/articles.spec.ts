import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageFromBytes } from './read.ts';
import { splitArticles } from './articles.ts';

// Pieces that trigger every layout rule, shuffled into random pages.
const PIECES = [
  '\n', '\n\n', ' ', '　', '\r\n', '#', '## ', '### ', '## ——', '**', '——', '（', '）', '(', ')', '“', '”', '。', '，', '：', '！',
  '……', '摄', '供图', '关键词：', '作者系', '李 川 罗 汉', '单建华 杨情陆', '陈 平', '肖文旭 黄山峰', '3 月 22 日，', '近日，',
  '零陵“四夜”进社区暖民心', '赵', '立平', '夜 办 解 民 忧', 'GDP 6.1%', 'KTV', '2024', '廖奖安 摄', '雷霆出击 擦亮平安底色',
  '让万家灯火更璀璨让万家灯火更璀璨', '这样的调解场景，在桂东每天都有。',
];

const titles = (raw: string) => splitArticles(pageFromBytes('t.txt', Buffer.from(raw))).map((a) => [a.title, a.text.split('\n')[a.title ? 1 : 0]]);

describe('column headlines after a byline', () => {
  it('takes a column-wide line without punctuation as a body line when nothing after it opens a body', () => {
    const raw = [
      '实现基层治理大提升。（单建华 杨情陆）',
      '零陵“四夜”进社区暖民心',
      '长沙银行永州分行通过提前收集各',
      '支行的困难及建议，进行大讨论。',
    ].join('\n');
    expect(titles(raw)).toEqual([
      ['零陵“四夜”进社区暖民心', '实现基层治理大提升。（单建华杨情陆）'],
      ['', '长沙银行永州分行通过提前收集各支行的困难及建议，进行大讨论。'],
    ]);
  });
  it('takes the same line as the next headline when a dated lede follows', () => {
    const raw = [
      '实现基层治理大提升。（单建华 杨情陆）',
      '零陵“四夜”进社区暖民心',
      '长沙银行永州分行推进金融创新',
      '3 月 22 日，长沙银行永州分行召开',
      '会议。',
    ].join('\n');
    expect(titles(raw)).toEqual([
      ['零陵“四夜”进社区暖民心', '实现基层治理大提升。（单建华杨情陆）'],
      ['长沙银行永州分行推进金融创新', '3月22日，长沙银行永州分行召开会议。'],
    ]);
  });
});

describe('column headlines above the body', () => {
  it('gives each headline followed by a dated lede to the article below', () => {
    const raw = ['永州启动绿书签行动', '4 月 24 日，永州市启动宣传活动。', '零陵捣毁非法屠宰窝点', '7 月 13 日凌晨，零陵公安分局捣毁', '一处窝点。'].join('\n');
    expect(titles(raw)).toEqual([
      ['永州启动绿书签行动', '4月24日，永州市启动宣传活动。'],
      ['零陵捣毁非法屠宰窝点', '7月13日凌晨，零陵公安分局捣毁一处窝点。'],
    ]);
  });
  it('takes a wrapped headline above a 本报讯 lede as that article\'s title', () => {
    const raw = ['娄底经开区：项目建设跑出', '加速度', '本报讯 今年以来，娄', '底经开区坚持项目为王。', '（刘 洁）', '涟源推行网格化管理', '本报涟源讯 近日，涟源市推行', '网格化管理。'].join('\n');
    expect(titles(raw)).toEqual([
      ['娄底经开区：项目建设跑出加速度', '本报讯今年以来，娄底经开区坚持项目为王。'],
      ['涟源推行网格化管理', '本报涟源讯近日，涟源市推行网格化管理。'],
    ]);
  });
});

describe('dispatch bylines', () => {
  it('opens an article at 本报讯（记者 …） in columns and credits it in markdown', () => {
    const column = ['近日，永州市启动宣传活动，', '效果良好。', '本报讯（记者 张三 通讯员 李 四）', '7 月 13 日凌晨，零陵公安分局捣毁', '一处窝点。'].join('\n');
    const arts = splitArticles(pageFromBytes('c.txt', Buffer.from(column)));
    expect(arts.map((a) => a.byline)).toEqual([[], ['张三', '李四']]);
    expect(arts[1].text).toBe('本报讯（记者张三通讯员李四）7月13日凌晨，零陵公安分局捣毁一处窝点。');
    const md = '# 零陵捣毁非法屠宰窝点\n\n本报讯（记者 张三）7月13日凌晨，零陵公安分局捣毁一处窝点。\n';
    expect(splitArticles(pageFromBytes('m.md', Buffer.from(md))).map((a) => [a.title, a.byline])).toEqual([['零陵捣毁非法屠宰窝点', ['张三']]]);
  });

  it('reads a heading right above a deeper one as the column name, not an article', () => {
    const md = '## 新闻速览\n\n### 祁东：黄花菜丰收\n\n近日，黄花菜迎来丰收。（周 文）\n\n### 常宁：举办盘王节\n\n活动持续3天。\n';
    const arts = splitArticles(pageFromBytes('m.md', Buffer.from(md)));
    expect(arts.map((a) => [a.title, a.byline])).toEqual([['祁东：黄花菜丰收', ['周文']], ['常宁：举办盘王节', []]]);
  });

  it('reads a reporter line set in bold, and names in a photo credit without their role', () => {
    const md = '# 江华：长鼓舞进校园\n\n**记者 盘 晓 通讯员 奉小燕**\n\n11月15日，学生跳起长鼓舞。\n\n图为学生们在表演。（记者 盘晓 摄）\n';
    const [a] = splitArticles(pageFromBytes('m.md', Buffer.from(md)));
    expect(a.byline).toEqual(['盘晓', '奉小燕']);
    expect(a.credits).toEqual(expect.arrayContaining([{ name: '盘晓', kind: 'photo' }]));
    expect(a.credits.some((c) => c.name.includes('记者'))).toBe(false);
  });
});

describe('layout on random pages', () => {
  it('never throws and keeps every offset and mapping valid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }), (parts) => {
        const raw = parts.join('');
        if (!raw.trim()) return;
        const page = pageFromBytes('r.txt', Buffer.from(raw));
        expect(page.toRaw.length).toBe(page.text.length + 1);
        for (let i = 0; i < page.text.length; i++) {
          const c = page.text[i];
          if (c !== '\n' && c !== ' ') expect(page.raw[page.toRaw[i]]).toBe(c);
        }
        expect(page.text).not.toMatch(/[\p{Script=Han}。，“”（）][ 　]+[\p{Script=Han}。，“”（）]/u);
        for (const a of splitArticles(page)) {
          expect(page.text.slice(a.pageOffset, a.pageOffset + a.text.length)).toBe(a.text);
          expect(a.sentences.length).toBeGreaterThan(0);
          for (const s of [...a.paragraphs, ...a.sentences]) {
            expect(0 <= s.start && s.start < s.end && s.end <= a.text.length).toBe(true);
          }
          if (a.title) expect(a.text.startsWith(a.title)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
