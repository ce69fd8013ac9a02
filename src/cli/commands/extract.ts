import { isPageError, readPages } from '../../ingest/index.ts';
import type { Entity } from '../../model/types.ts';
import { processPage } from '../../pipeline.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../command.ts';

/** The measured output contract: one line per file, each entity once. */
export function contract(e: Entity) {
  const out: Record<string, unknown> = { id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: e.mentions };
  if (e.role) out.role = e.role;
  if (e.code) out.code = e.code;
  if (e.parent) out.parent = e.parent;
  if (e.partOf) out.partOf = e.partOf;
  if (e.locatedIn) out.locatedIn = e.locatedIn;
  if (e.masked) out.masked = true;
  return out;
}

export const command: Command = {
  name: 'extract',
  summary:
    'Find the people, places, organisations and programmes of each page, resolved to one entity per real thing.\n' +
    'With --json: one line per file, { "doc", "entities": [{ "id", "type", "name", "aliases", "mentions", "role"? }] }.',
  usage: 'usage: newsgraph extract FILE|DIR... [--json]',
  options: {},
  async run({ positionals, values }) {
    if (!positionals.length) throw new UsageError('extract: give at least one page file or folder');
    let bad = 0;
    for await (const page of readPages(positionals)) {
      if (isPageError(page)) {
        bad++;
        console.error(`newsgraph extract: ${page.path}: ${page.reason}`);
        continue;
      }
      const { entities } = processPage(page);
      if (values.json) {
        console.log(JSON.stringify({ doc: page.doc, entities: entities.map(contract) }));
        continue;
      }
      console.log(`${page.doc}: ${entities.length} entities`);
      for (const e of entities) console.log(`  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? `  (${e.aliases.join(', ')})` : ''}${e.role ? `  [${e.role}]` : ''}`);
    }
    return bad ? EXIT.warnings : EXIT.ok;
  },
};
