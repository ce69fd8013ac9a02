import { EXIT, parse, UsageError, type Command } from './command.ts';

// Commands load lazily so `newsgraph articles` never pays for the graph or the web build.
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  articles: () => import('./commands/articles.ts'),
  extract: () => import('./commands/extract.ts'),
  serve: () => import('./commands/serve.ts'),
  start: () => import('./commands/start.ts'),
  build: () => import('./commands/build.ts'),
  query: () => import('./commands/query.ts'),
  export: () => import('./commands/export.ts'),
};

const HELP = `newsgraph: Chinese local-news pages to a knowledge graph

usage: newsgraph <command> [options]

commands:
${Object.keys(COMMANDS).map((n) => `  ${n}`).join('\n')}

Every command takes --json (machine-readable output) and --help.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`newsgraph: unknown command '${name}'; run 'newsgraph --help' for the list`);
    return EXIT.usage;
  }
  const { command } = await load();
  try {
    const args = parse(command, rest);
    if (args.values.help) {
      console.log(`${command.usage}\n\n${command.summary}`);
      return EXIT.ok;
    }
    return await command.run(args);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`newsgraph ${err.message}; see 'newsgraph ${name} --help'`);
      return EXIT.usage;
    }
    console.error(`newsgraph ${name}: ${(err as Error).message}`);
    return EXIT.failed;
  }
}
