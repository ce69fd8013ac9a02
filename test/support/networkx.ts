import { spawnSync } from 'node:child_process';

/**
 * The python3 that can import NetworkX: the PATH one (pyenv on these machines) or Debian's
 * /usr/bin/python3, where .ci/run installs python3-networkx. Throws with what to install otherwise.
 */
export function networkxPython(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0) return python;
  }
  throw new Error('no python3 with NetworkX: apt-get install -y python3-networkx (see .ci/run)');
}
