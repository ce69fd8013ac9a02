import { fileURLToPath } from 'node:url';

/** Project folders, from this file's place in the checkout rather than the shell's cwd. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));
