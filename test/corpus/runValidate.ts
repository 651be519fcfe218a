import { main } from '../../src/apps/cli/main';
import { dayFromIso } from '../../src/core';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `vpwg <argv>` in-process with a fixed environment and as-of date. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = { LANG: 'en_GB.UTF-8' },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    locale: 'en-US',
    today: () => dayFromIso('2025-06-30') ?? 0,
  });
  return { code, stdout, stderr };
}

/** A line of a JavaScript stack trace (`    at fn (file.js:1:2)`). */
export const STACK_LINE = /^\s+at\s.+[:(]\d+:\d+\)?$/m;
