import type { Article } from '../../model/types.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { isPageError, readPages, splitArticles } from '../../ingest/index.ts';

export const command: Command = {
  name: 'articles',
  summary:
    'Split newspaper pages into articles (headline, byline, text, sentences).\n' +
    'FILE|DIR: page files, or folders searched recursively for .txt/.md (UTF-8 or GB18030).\n' +
    '--json prints one JSON object per article and line: { doc, id, title, byline, text, sentences: [{ start, end }] }.\n' +
    'A file that cannot be read is reported on stderr and skipped; the exit code is then 3.',
  usage: 'usage: newsgraph articles FILE|DIR... [--json]',
  options: {},
  async run({ positionals, values }) {
    if (!positionals.length) throw new UsageError('articles: give at least one page file or folder');
    const out = (s: string) => process.stdout.write(s + '\n');
    let bad = 0;
    let pages = 0;
    for await (const page of readPages(positionals)) {
      if (isPageError(page)) {
        bad++;
        console.error(`newsgraph articles: ${page.path}: ${page.reason}`);
        continue;
      }
      pages++;
      const articles = splitArticles(page);
      if (values.json) for (const a of articles) out(JSON.stringify(toJson(a)));
      else {
        out(`${page.path} (${page.encoding}): ${articles.length} article${articles.length === 1 ? '' : 's'}`);
        for (const a of articles) out(summary(a));
      }
    }
    if (!pages && !bad) {
      console.error(`newsgraph articles: no .txt or .md page files in ${positionals.join(' ')}`);
      return EXIT.warnings;
    }
    return bad ? EXIT.warnings : EXIT.ok;
  },
};

function toJson(a: Article) {
  return {
    doc: a.doc,
    id: a.id,
    title: a.title,
    byline: a.byline,
    text: a.text,
    sentences: a.sentences.map(({ start, end }) => ({ start, end })),
  };
}

function summary(a: Article): string {
  const title = a.title || `(no headline) ${a.text.slice(0, 24).replace(/\n/g, " ")}…`;
  const by = a.byline.length ? `  [${a.byline.join(' ')}]` : '';
  return `  #${a.index} ${title}${by}  ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences`;
}
