import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/types.ts';
import { resolveMentions } from '../../test/support/articles.ts';

const resolve = (text: string, specs: Array<Partial<Mention> & { text: string }>) => resolveMentions('person', 'person:role', text, specs);

describe('person resolver', () => {
  it('makes 李警官 an alias of the one 李 with a police role', () => {
    const found = resolve('社区民警李克良……李警官说，李阿姨笑了', [
      { text: '李克良', role: '来雁塔社区民警' },
      { text: '李警官', source: 'person:courtesy:警' },
      { text: '李阿姨', source: 'person:courtesy:' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '李克良', aliases: ['李警官'], mentions: 2, role: '来雁塔社区民警' });
  });

  it('drops a courtesy form when no single full name fits', () => {
    const found = resolve('民警李克良、民警李明……李警官', [
      { text: '李克良', role: '民警' },
      { text: '李明', role: '民警' },
      { text: '李警官', source: 'person:courtesy:警' },
    ]);
    expect(found.map((e) => e.name).sort()).toEqual(['李克良', '李明']);
  });

  it('merges the same name within a page and maps historical titles', () => {
    const found = resolve('赵立平说……赵立平又说。毛主席', [
      { text: '赵立平', role: '零陵区委书记' },
      { text: '赵立平' },
      { text: '毛主席', canonical: '毛泽东', source: 'person:title' },
    ]);
    expect(found.map((e) => [e.name, e.mentions, e.aliases])).toEqual([
      ['毛泽东', 1, ['毛主席']],
      ['赵立平', 2, []],
    ]);
  });

  it('keeps masked names local to their article', () => {
    const [e] = resolve('唐某某冒用身份', [{ text: '唐某某', masked: true }]);
    expect(e).toMatchObject({ id: 'person:唐某某@p.txt#0', masked: true });
  });
});
