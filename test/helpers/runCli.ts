import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromYmd } from '../../src/core';
import { main } from '../../src/apps/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The day every in-process `vpwg` run takes for today, unless `--as-of` says otherwise. */
export const CLI_TODAY = dayFromYmd(2025, 9, 30);

/**
 * Runs `vpwg <argv>` in-process with captured output: English messages unless the environment
 * or `--lang` says otherwise, an English operating-system locale, and today fixed at CLI_TODAY.
 */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = { LANG: 'en_GB.UTF-8' },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    locale: 'en-US',
    today: () => CLI_TODAY,
  });
  return { code, stdout, stderr };
}

/** A fresh folder for a test's output files. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'vpwg-test-'));
}

/** A line of a JavaScript stack trace (`    at fn (file.js:1:2)`). */
export const STACK_LINE = /^\s+at\s.+[:(]\d+:\d+\)?$/m;
