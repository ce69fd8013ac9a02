import { isPageError, readFiles } from '../../ingest/index.ts';
import type { Entity } from '../../model/types.ts';
import { countPages, processPages, progressBar, workersFor } from '../../parallel/index.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError, workersOption } from '../command.ts';

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
    'With --json: one line per file, { "doc", "entities": [{ "id", "type", "name", "aliases", "mentions", "role"? }] }.\n' +
    'Pages are processed on --workers threads (default: every core, one per 50 pages) and printed in input order;\n' +
    'A progress bar shows on stderr when it is a terminal and the output is not (--json > file), unless --quiet.',
  usage: 'usage: newsgraph extract FILE|DIR... [--json] [--workers N] [--quiet]',
  options: {
    workers: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  async run({ positionals, values }) {
    if (!positionals.length) throw new UsageError('extract: give at least one page file or folder');
    const workers = workersOption('extract', values.workers);
    const total = await countPages(positionals);
    // Lines on a terminal would break the bar's line: it shows only when stdout goes elsewhere.
    const bar = progressBar({ total, quiet: (values.quiet as boolean) || process.stdout.isTTY === true });
    let bad = 0;
    try {
      for await (const result of processPages(readFiles(positionals), { workers: workers ?? workersFor(total), onProgress: bar.update })) {
        if (isPageError(result)) {
          bad++;
          bar.end();
          console.error(`newsgraph extract: ${result.path}: ${result.reason}`);
          continue;
        }
        const { doc, entities } = result;
        if (values.json) {
          console.log(JSON.stringify({ doc, entities: entities.map(contract) }));
          continue;
        }
        console.log(`${doc}: ${entities.length} entities`);
        for (const e of entities) console.log(`  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? `  (${e.aliases.join(', ')})` : ''}${e.role ? `  [${e.role}]` : ''}`);
      }
    } finally {
      bar.end();
    }
    return bad ? EXIT.warnings : EXIT.ok;
  },
};
