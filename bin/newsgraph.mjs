#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx: no build step between an edit and a run.
import { register } from 'tsx/esm/api';

// `newsgraph extract … | head`: when the reader goes away, stop quietly as other command-line tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
