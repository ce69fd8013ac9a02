import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Misuse of a command: printed as one line, exit code 2. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  /** Usage text printed by --help (first line: synopsis). */
  usage: string;
  options: Options;
  /** Returns the process exit code (0 ok, 1 failed, 3 done with warnings). */
  run(args: { positionals: string[]; values: Record<string, unknown> }): Promise<number>;
}

/** Every command takes --json and --help. */
const COMMON: Options = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export function parse(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, unknown>, positionals };
  } catch (err) {
    throw new UsageError(`${command.name}: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Exit codes shared by all commands. */
export const EXIT = { ok: 0, failed: 1, usage: 2, warnings: 3 } as const;

/**
 * A whole-number option (--workers, --port, --max-nodes …) from `min` to `max`; a usage error naming the
 * command, the option, what it takes and what it got otherwise. `zero` says what 0 means, where it means more.
 */
export function wholeNumber(command: string, name: string, value: unknown, { min = 0, max = Infinity, zero = '' } = {}): number {
  const n = /^\d+$/.test(String(value)) ? Number(value) : NaN; // not '', ' ', '0x2' or '1e3', which Number() takes
  if (n >= min && n <= max) return n;
  const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${max}`;
  throw new UsageError(`${command}: --${name} takes a whole number ${range}${zero ? `, 0 for ${zero}` : ''} (got '${value}')`);
}

/** --workers N of a command: a whole number ≥ 1, or undefined when not given. */
export const workersOption = (command: string, value: unknown): number | undefined =>
  value === undefined ? undefined : wholeNumber(command, 'workers', value, { min: 1 });
