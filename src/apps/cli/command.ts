import type { Day, Lang } from '../../core';

/**
 * What the command line touches of the world, injected so tests run in-process: output
 * streams, the environment (for the language), the system locale and today's date.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Resolves once stdout can take more (a pipe to a slow reader): a long output waits for it
   * between chunks instead of piling up in memory. Absent: stdout never makes anyone wait.
   */
  readonly drained?: () => Promise<void>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The operating system's locale (Intl's), used when no LC_ALL / LC_MESSAGES / LANG says. */
  readonly locale?: string;
  /** Today in the user's calendar: the default as-of date. */
  readonly today: () => Day;
}

/** What a command receives: the io and the language already resolved by main. */
export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
}

/**
 * A `vpwg` command. `run` gets the arguments after the command name (`--help` is handled
 * by main) and returns the exit code: 0 done / valid, 1 the data has errors, 2 the command
 * could not run (bad arguments, unreadable file). It may throw CliUsageError for a bad
 * argument; anything else thrown is caught by main as an unexpected error.
 */
export interface CliCommand {
  readonly name: string;
  /** One line for `vpwg --help`. */
  summary(lang: Lang): string;
  /** The full text of `vpwg <name> --help`. */
  help(lang: Lang): string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

/** A bad argument: its one sentence, already in the user's language, goes to stderr (exit 2). */
export class CliUsageError extends Error {
  constructor(readonly sentence: string) {
    super(sentence);
    this.name = 'CliUsageError';
  }
}
