// vitest globalSetup: the run's temporary files go into one folder of their own, removed when the run
// ends. Tests (and the CLIs and browsers they start) make folders with mkdtemp under os.tmpdir(), which
// reads TMPDIR; set here, before the test processes are forked, it reaches every one of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
