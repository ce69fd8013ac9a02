import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';

export const command: Command = {
  name: 'articles',
  summary: 'Split newspaper pages into articles (headline, byline, text, sentences).',
  usage: 'usage: newsgraph articles FILE|DIR... [--json]',
  options: {},
  async run({ positionals }) {
    if (!positionals.length) throw new UsageError('articles: give at least one page file or folder');
    throw new Error('articles: ingest is not implemented yet');
  },
};
