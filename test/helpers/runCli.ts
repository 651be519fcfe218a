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

/** Runs `vpwg` in-process with captured output, English messages unless told, and a fixed today. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string> = { LANG: 'en_GB.UTF-8' },
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
    today: () => dayFromYmd(2025, 9, 30),
  });
  return { code, stdout, stderr };
}

/** A fresh folder for a test's output files. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'vpwg-test-'));
}
