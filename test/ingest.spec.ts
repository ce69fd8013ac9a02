import { existsSync, readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Article, Page } from '../src/model/types.ts';
import { pageFromBytes, rawSpan, splitArticles } from '../src/ingest/index.ts';

const seedDir = new URL('../seeds/', import.meta.url);
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const bytesOf = (name: string) => readFileSync(new URL(name, seedDir));
const pages = new Map<string, Page>(seedFiles.map((f) => [f.slice(0, 3), pageFromBytes(`seeds/${f}`, bytesOf(f))]));
const articlesOf = (seed: string) => splitArticles(pages.get(seed)!);
const byTitle = (seed: string, title: string) => {
  const a = articlesOf(seed).find((x) => x.title === title);
  expect(a, `${seed}: article titled ${title}`).toBeDefined();
  return a!;
};
const paragraphs = (a: Article) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('seed 000 (column layout, blank line between lines)', () => {
  it('attaches the headline printed after the body to the article above', () => {
    const a = byTitle('000', '零陵“四夜”进社区暖民心');
    expect(a.byline).toEqual(['单建华', '杨情陆']);
    expect(a.text).toMatch(/^零陵“四夜”进社区暖民心\n3月19日晚，结束一天忙碌工作的居民代表/);
    expect(a.text).toContain('零陵区委书记赵立平仔细倾听');
    expect(byTitle('000', '东安多举措推动县域医共体建设').byline).toEqual(['李礼壹', '秦文君', '黄锦程']);
  });
  it('joins padded names and two-line headlines', () => {
    expect(byTitle('000', '永州推进高价值发明专利培育').byline).toEqual(['陈平']);
    expect(byTitle('000', '“网眼看祁阳”自媒体采风活动启动').byline).toEqual(['刘志军', '程俐']);
    expect(byTitle('000', '第四届永州·蓝山国际皮具箱包博览会筹备工作紧锣密鼓').byline).toEqual(['杨雄春', '胡斌']);
  });
  it('keeps a subtitle and photo caption with their article and halves a doubled headline', () => {
    const a = byTitle('000', '让万家灯火更璀璨');
    expect(a.byline).toEqual([]);
    expect(paragraphs(a)[1]).toBe('——永州公安开展“守护潇湘2024”严打整治专项行动综述');
    expect(a.credits).toContainEqual({ name: '廖奖安', kind: 'photo' });
    expect(paragraphs(a)).toContain('雷霆出击擦亮平安底色');
    expect(paragraphs(a)).toContain('平安，民之所盼，发展之基。');
  });
  it('joins lines wrapped across blank lines and ends paragraphs at a line-final 。', () => {
    const a = byTitle('000', '零陵“四夜”进社区暖民心');
    expect(paragraphs(a).map((p) => p.slice(0, 6))).toEqual(['零陵“四夜”', '3月19日晚', '大家你一言、', '近年来，零陵']);
    expect(paragraphs(a)[2]).toBe(
      '大家你一言、我一语，就黄古山停车场老旧小区改造、麻元岔路口至柳子中学道路白改黑、中山城小区管线改造等操心事、烦心事、揪心事畅所欲言，共话家长里短，畅聊社区变化。零陵区委书记赵立平仔细倾听，不时对居民提出的疑问给予回应和解答，并现场进行交办。',
    );
  });
  it('starts an article at an indented line of names', () => {
    const a = articlesOf('000').find((x) => x.byline.includes('肖文旭'))!;
    expect(a.byline).toEqual(['肖文旭', '黄山峰']);
    expect(a.text).toContain('长沙银行永州分行通过提前收集各支行的困难及建议');
    expect(a.text).not.toContain('福寿亭');
  });
});

describe('seed 004 (column layout, narrow columns, 关键词 sections)', () => {
  it('reads bylines padded inside parentheses', () => {
    const a = articlesOf('004').find((x) => x.text.includes('郴州苏仙区良田镇'))!;
    expect(a.byline).toEqual(['李川', '罗汉']);
    expect(a.title).toBe('');
  });
  it('gives a headline printed above its body to the article below', () => {
    expect(byTitle('004', '张家界市永定区：整治顽瘴痼疾出重拳').byline).toEqual(['李法']);
    const a = byTitle('004', '永州启动“绿书签行动”宣传活动');
    expect(a.byline).toEqual(['张兴国', '单建华', '何鑫']);
    expect(a.text).toContain('4月24日上午，由永州市“扫黄打非”工作小组办公室');
  });
  it('does not break a paragraph at a short line inside a narrow column', () => {
    const a = articlesOf('004').find((x) => x.byline.includes('邓星照'))!;
    expect(paragraphs(a)).toContain(
      '加强耕地保护监管。邵东市对补充耕地立项、实施、验收进行全过程管理，项目施工实行“项目法人+监管人”模式，严格控制工程质量与进度，切实做到耕地恢复“一分不假”。',
    );
  });
  it('keeps section heads inside the article', () => {
    const a = byTitle('004', '育人为师抗疫为士');
    expect(paragraphs(a)).toEqual(expect.arrayContaining(['闻令即动', '吹响抗疫冲锋号角', '——看大祥区教育人的抗疫担当']));
    expect(a.byline).toEqual(['李超', '胡晓建', '陈志强', '唐伟巍']);
    expect(paragraphs(articlesOf('004')[0])).toContain('关键词：“底子”扎牢');
  });
});

describe('seeds 001–003 (markdown layout)', () => {
  it('reads the reporter line under the headline', () => {
    const a = byTitle('001', '平安底色提升幸福成色');
    expect(a.byline).toEqual(['罗徽', '郭建东', '陈林杰']);
    expect(a.credits).toContainEqual({ name: '桂东县委宣传部', kind: 'photo' });
    expect(byTitle('003', '强警惠民护雁城').byline).toEqual(['徐德荣', '聂沛', '李钢彪']);
  });
  it('drops a paragraph repeated by the extraction', () => {
    const text = pages.get('001')!.text;
    expect(text.split('这样的调解场景，在桂东每天都有').length - 1).toBe(1);
  });
  it('keeps an author note as text but not as a byline', () => {
    const a = articlesOf('001').find((x) => x.text.includes('作者系中共双牌县委副书记'))!;
    expect(a.byline.join()).not.toMatch(/作者/);
  });
  it('ends an article at its byline, even on the same line as the last sentence', () => {
    expect(byTitle('002', '李警官为项目推进保驾护航').byline).toEqual(['毛欣', '唐曦']);
    expect(byTitle('002', '潜逃30年命案逃犯落网').byline).toEqual(['蒋开伟', '陆益平']);
    expect(byTitle('002', '永州市农业农村局：办好六大实事解民“急难愁盼”').byline).toEqual(['杨祝宇']);
  });
  it('tells article headlines from section heads by level', () => {
    const a = byTitle('003', '强警惠民护雁城');
    expect(paragraphs(a)).toContain('“情指勤舆督”一体化作战强化应急处突能力');
    expect(a.credits).toContainEqual({ name: '李华中', kind: 'photo' });
    expect(byTitle('003', '建行长沙湘江支行：以高质量党建推动高质量发展').text).not.toContain('强警惠民');
    expect(paragraphs(byTitle('001', '“双亮双比双争”激活基层治理一池春水'))).toContain('党建引领，构筑治理“强引擎”');
  });
});

describe.each(seedFiles)('%s invariants', (file) => {
  const page = pages.get(file.slice(0, 3))!;
  const articles = splitArticles(page);
  it('leaves no space between CJK characters', () => {
    expect(page.text).not.toMatch(/[\p{Script=Han}，。、；：！？“”（）][ \t\u3000]+[\p{Script=Han}，。、；：！？“”（）]/u);
    expect(page.text).not.toMatch(/[#*]{2}|^#/m);
  });
  it('maps every character back to the same character in the file', () => {
    expect(page.toRaw.length).toBe(page.text.length + 1);
    for (let i = 0; i < page.text.length; i++) {
      const c = page.text[i];
      if (c !== '\n' && c !== ' ') expect(page.raw[page.toRaw[i]], `text[${i}]`).toBe(c);
    }
  });
  it('places articles, paragraphs and sentences inside their text', () => {
    expect(articles.length).toBeGreaterThan(3);
    articles.forEach((a, i) => {
      expect(a.id).toBe(`${page.doc}#${i}`);
      expect(page.text.slice(a.pageOffset, a.pageOffset + a.text.length)).toBe(a.text);
      if (a.title) expect(a.text.startsWith(a.title + '\n') || a.text === a.title).toBe(true);
      expect(a.sentences.length).toBeGreaterThan(0);
      for (const s of [...a.sentences, ...a.paragraphs]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(a.text.length);
        expect(a.text.slice(s.start, s.end).trim()).not.toBe('');
      }
      for (const c of a.credits) expect(a.text, `${a.id} credit ${c.name}`).toContain(c.name);
      const first = a.sentences[0];
      const raw = rawSpan(page, a.pageOffset + first.start, a.pageOffset + first.end);
      expect(page.raw.slice(raw.start, raw.end).replace(/[\s*#]/g, '')).toContain(a.text.slice(first.start, first.end).replace(/ /g, '').slice(0, 4));
    });
  });
});

// The annotated entities of each seed (shared/gold, beside the checkout) must survive normalisation whole.
const goldDir = new URL('../../shared/gold/seeds/', import.meta.url);
describe.skipIf(!existsSync(goldDir))('gold entities', () => {
  it.each(seedFiles)('%s: every gold name or alias appears whole in an article', (file) => {
    const gold = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), goldDir), 'utf8'));
    const texts = articlesOf(file.slice(0, 3)).map((a) => a.text);
    const missing = gold.entities
      .filter((e: { name: string; aliases: string[] }) => ![e.name, ...e.aliases].some((n) => texts.some((t) => t.includes(n))))
      .map((e: { name: string }) => e.name);
    expect(gold.entities.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});

describe('encodings and line endings', () => {
  const strip = (arts: Article[]) => arts.map(({ doc, id, ...rest }) => rest);
  const twin = (bytes: Uint8Array) => strip(splitArticles(pageFromBytes('x.txt', bytes)));
  it.each(seedFiles)('%s: GB18030, BOM and CRLF variants give the same articles', (file) => {
    const utf8 = bytesOf(file);
    const want = twin(utf8);
    const text = utf8.toString('utf8');
    const gb = iconv.encode(text, 'gb18030');
    expect(pageFromBytes('x.txt', gb).encoding).toBe('gb18030');
    expect(twin(gb)).toEqual(want);
    expect(twin(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual(want);
    expect(twin(Buffer.from(text.replace(/\n/g, '\r\n')))).toEqual(want);
    expect(twin(Buffer.from(text.replace(/\n/g, '\r')))).toEqual(want);
  });
});

describe('small fixtures', () => {
  const fixture = (name: string) => {
    const path = new URL(`./fixtures/ingest/${name}`, import.meta.url);
    return splitArticles(pageFromBytes(name, readFileSync(path)));
  };
  const summary = (arts: Article[]) => arts.map((a) => ({ title: a.title, byline: a.byline, paragraphs: paragraphs(a) }));

  it('column: list items starting with —— stay in the body; an indented byline ends the article', () => {
    expect(summary(fixture('column-list.txt'))).toEqual([
      {
        title: '衡阳公安夯实基层基础',
        byline: ['徐德荣', '聂沛'],
        paragraphs: [
          '衡阳公安夯实基层基础',
          '——基层基础建设侧记',
          '衡阳公安通过重心下移、警力下沉，将基层派出所建成坚强堡垒。',
          '——发起基层基础建设现代化攻坚行动。派出所建设全面提质，完成无房、危房派出所改造。',
          '——创新“网格警务”新模式。',
          '将全市村、社区分为4882个网格，每个网格配备1名民警。',
          '（徐德荣聂沛）',
        ],
      },
      {
        title: '学员来衡阳学习',
        byline: ['李钢彪'],
        paragraphs: ['学员来衡阳学习', '6月1日，Hunan Police Academy的学员来到衡阳，学习GDP 6.1%增长背后的治安经验。', '（李钢彪）'],
      },
    ]);
  });
  it('column: where every paragraph is indented, indentation starts paragraphs, not articles', () => {
    expect(summary(fixture('column-indented.txt'))).toEqual([
      {
        title: '衡阳部署公安重点工作',
        byline: ['李钢彪'],
        paragraphs: [
          '衡阳部署公安重点工作',
          '近日，衡阳市公安局召开全市公安工作会议，部署今年重点工作',
          '会议要求，各级公安机关要坚持改革创新。市公安局局长王平出席会议并讲话。',
          '（李钢彪）',
        ],
      },
      {
        title: '零陵捣毁非法屠宰窝点',
        byline: ['单建华', '邓卫文'],
        paragraphs: ['零陵捣毁非法屠宰窝点', '7月13日凌晨，零陵公安分局捣毁一处非法屠宰窝点。', '（单建华邓卫文）'],
      },
    ]);
  });
  it('column: a GB18030 file reads the same as its UTF-8 twin', () => {
    const strip = (arts: Article[]) => arts.map(({ doc, id, ...rest }) => rest);
    expect(strip(fixture('column-list.gb18030.txt'))).toEqual(strip(fixture('column-list.txt')));
  });
  it('markdown: kicker, subtitle, sections by level, bold, wrapped and repeated lines, bylines and notes', () => {
    expect(summary(fixture('markdown-levels.md'))).toEqual([
      {
        title: '强警惠民护雁城',
        byline: ['徐德荣', '聂沛'],
        paragraphs: [
          '强警惠民护雁城',
          '——衡阳公安系统创新警务纪实',
          '回眸“十四五”看衡阳(一)',
          '徐德荣聂沛',
          '改革为先，衡阳公安不断创新警务机制，治安类警情同比下降29.6%。',
          '攻坚基层基础固本强基保平安',
          '基础不牢，地动山摇。衡阳公安将派出所建成堡垒。',
        ],
      },
      {
        title: '建行长沙湘江支行：以党建推动发展',
        byline: ['仲慧慧'],
        paragraphs: ['建行长沙湘江支行：以党建推动发展', '今年以来，建行长沙湘江支行不断深化党建与业务的融合。（仲慧慧）'],
      },
      {
        title: '零陵区捣毁一处非法屠宰窝点',
        byline: [],
        paragraphs: ['零陵区捣毁一处非法屠宰窝点', '7月13日凌晨，零陵公安分局捣毁一处非法屠宰窝点。', '（作者系零陵公安分局民警）'],
      },
    ]);
  });
});
