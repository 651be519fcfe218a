import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A cell as openpyxlCells.py writes it (see there). */
export type OpenpyxlValue =
  | string
  | number
  | boolean
  | { readonly e: string }
  | { readonly d: string; readonly n?: number; readonly f?: string }
  | { readonly t: number; readonly f?: string }
  | { readonly x: string };

export type OpenpyxlReading =
  | {
      readonly ok: true;
      readonly date1904: boolean;
      readonly sheets: ReadonlyArray<{
        readonly name: string;
        readonly cells: ReadonlyArray<readonly [number, number, OpenpyxlValue]>;
      }>;
    }
  | { readonly ok: false; readonly error: string };

export const PYTHON = '/usr/bin/python3';

/**
 * openpyxl's readings of `files`, in order, from one python process for all of them: each
 * reading is handed to `onReading` as soon as python has written it, so that the project's
 * reader works on a file while python reads the next ones.
 */
export async function openpyxlReadings(
  files: readonly string[],
  onReading: (file: string, reading: OpenpyxlReading) => Promise<void>,
): Promise<void> {
  const child = spawn(PYTHON, [join(__dirname, 'openpyxlCells.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(files.map((f) => `${f}\n`).join(''));
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  let i = 0;
  for await (const line of lines) {
    const file = files[i++];
    if (file === undefined) throw new Error(`openpyxlCells.py wrote more lines than files: ${line.slice(0, 200)}`);
    await onReading(file, JSON.parse(line) as OpenpyxlReading);
  }
  const code = await exited;
  if (code !== 0 || i !== files.length) throw new Error(`openpyxlCells.py stopped (exit ${code}) after ${i} files`);
}
