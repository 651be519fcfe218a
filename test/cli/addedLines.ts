/**
 * A line diff that shows what a change added to an output, and proves it removed nothing:
 * the programme measures (issue 9) added blocks, lines and keys to what `vpwg validate` and
 * `vpwg indicators` print, and every line printed before is still printed, unchanged, except
 * where the addition had to touch it (each such change is named in `explained` below).
 */

export interface LineChange {
  readonly kind: 'add' | 'remove';
  /** 1-based line number in the new text (for a removal: where it would have been). */
  readonly at: number;
  readonly text: string;
}

/** The longest common subsequence of lines, as the additions and removals that turn `before` into `after`. */
export function diffLines(before: readonly string[], after: readonly string[]): LineChange[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: the longest common subsequence of before[i..] and after[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      changes.push({ kind: 'add', at: j + 1, text: after[j]! });
      j++;
    } else {
      changes.push({ kind: 'remove', at: j + 1, text: before[i]! });
      i++;
    }
  }
  return changes;
}

/** The issue-9 changes a printed line may go through, besides being moved. */
const TOUCHES: readonly ((removed: string, added: string) => boolean)[] = [
  // A JSON value followed now by a new key: the same line with a comma.
  (removed, added) => added === `${removed},`,
  // The rows left out for errors, now also of Stakeholders and Initiatives.
  (removed, added) => removed.endsWith('.') && added.startsWith(`${removed.slice(0, -1)}, `),
  // The counts of `vpwg validate`: more infos (the optional sheets' sheet/missing), nothing else.
  (removed, added) => {
    const infos = /\d+ (infos?|informations?)$/;
    return infos.test(removed) && removed.replace(infos, '') === added.replace(infos, '');
  },
  // An empty JSON list that now holds items (the issues of a clean workbook: the optional sheets' infos).
  (removed, added) => removed.endsWith('[]') && added === `${removed.slice(0, -1)}`,
  // The same count in `vpwg validate --json`.
  (removed, added) => /^\s*"info": \d+,?$/.test(removed) && removed.replace(/\d+/, '') === added.replace(/\d+/, ''),
];

/**
 * The removals the additions do not explain: a removed line is explained when an added line
 * is the same line moved (targets grouped by measure) or touched as TOUCHES allows.
 */
export function unexplainedRemovals(changes: readonly LineChange[]): LineChange[] {
  const added = changes.filter((c) => c.kind === 'add').map((c) => c.text);
  return changes.filter(
    (c) => c.kind === 'remove' && !added.some((a) => a === c.text || TOUCHES.some((touch) => touch(c.text, a))),
  );
}

/** The changes as a readable file: `+12 text` for an added line, `-12 text` for a removed one. */
export function renderChanges(changes: readonly LineChange[]): string {
  return changes.map((c) => `${c.kind === 'add' ? '+' : '-'}${c.at} ${c.text}`).join('\n') + '\n';
}
