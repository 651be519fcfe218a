import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { missingKeys, type Lang } from '../../core';
import { corpusDir } from '../../../test/corpus/corpusDir';
import { readFileSync } from 'node:fs';
import { readWorkbookBytes } from './readWorkbook';
import { readWorkbookMessages, workbookReadMessage } from './readWorkbook.messages';
import { readWorkbookFile } from './readWorkbookFile';
import { sniffWorkbookBytes } from './sniffWorkbookBytes';
import { MAX_WORKBOOK_BYTES, WorkbookReadError, type WorkbookReadReason } from './workbookReadError';

const dir = mkdtempSync(join(tmpdir(), 'vpwg-bad-'));

/** An OLE compound file header followed by directory entry names in UTF-16LE. */
function cfb(...names: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = names.flatMap((n) => [...Buffer.from(n, 'utf16le')]);
  return Uint8Array.from([...header, ...new Array<number>(504).fill(0), ...body]);
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

async function reasonOfFile(name: string, bytes: Uint8Array | string): Promise<WorkbookReadReason> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const error: unknown = await readWorkbookFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookReadError);
  // The browser door gives the same reason for the same bytes.
  const fromBytes: unknown = await readWorkbookBytes(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).catch(
    (e: unknown) => e,
  );
  expect((fromBytes as WorkbookReadError).reason).toBe((error as WorkbookReadError).reason);
  return (error as WorkbookReadError).reason;
}

const sample = readFileSync(join(corpusDir(), 'write.xlsx'));

test.each<[string, () => Promise<WorkbookReadReason>, WorkbookReadReason]>([
  ['a text file renamed .xlsx', () => reasonOfFile('notes.xlsx', 'Member ID;Name\nM001;Awa\n'), 'not-a-workbook'],
  [
    'a truncated workbook',
    () => reasonOfFile('cut.xlsx', sample.subarray(0, Math.floor(sample.length / 2))),
    'corrupt',
  ],
  [
    'a password-protected workbook',
    () => reasonOfFile('secret.xlsx', cfb('EncryptionInfo', 'EncryptedPackage')),
    'encrypted',
  ],
  ['an Excel 97-2003 workbook', () => reasonOfFile('old.xls', cfb('Workbook', 'SummaryInformation')), 'xls'],
  ['an empty file', () => reasonOfFile('empty.xlsx', ''), 'empty'],
  [
    'an OpenDocument spreadsheet',
    async () =>
      reasonOfFile(
        'calc.ods',
        await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      ),
    'ods',
  ],
  [
    'a Word document renamed .xlsx',
    async () => reasonOfFile('letter.xlsx', await zipOf({ 'word/document.xml': '<w:document/>' })),
    'not-a-workbook',
  ],
  [
    'a missing file',
    async () => ((await readWorkbookFile(join(dir, 'nope.xlsx')).catch((e: unknown) => e)) as WorkbookReadError).reason,
    'missing',
  ],
  [
    'a folder',
    async () => ((await readWorkbookFile(dir).catch((e: unknown) => e)) as WorkbookReadError).reason,
    'unreadable',
  ],
])('%s is refused with its reason', async (_label, read, reason) => {
  expect(await read()).toBe(reason);
});

test(`a file over ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB is refused before parsing`, () => {
  expect(() => sniffWorkbookBytes(new Uint8Array(MAX_WORKBOOK_BYTES + 1))).toThrow(
    expect.objectContaining({ reason: 'too-large' }),
  );
});

describe('the sentence the user reads', () => {
  const reasons = Object.keys(readWorkbookMessages.en) as WorkbookReadReason[];

  test('every reason has a sentence in French and English', () => {
    expect(missingKeys(readWorkbookMessages)).toEqual([]);
    expect(reasons.sort()).toEqual([
      'corrupt',
      'empty',
      'encrypted',
      'missing',
      'not-a-workbook',
      'ods',
      'too-large',
      'unreadable',
      'xls',
    ]);
  });

  test.each<Lang>(['fr', 'en'])('in %s: one line naming the file, no technical detail', (lang) => {
    for (const reason of reasons) {
      const text = workbookReadMessage(new WorkbookReadError(reason, 'ENOENT: stack-ish detail'), 'suivi.xlsx', lang);
      expect(text).toContain('suivi.xlsx');
      expect(text).not.toMatch(/\n|ENOENT|Error|undefined|\{\{/);
    }
    expect(workbookReadMessage(new WorkbookReadError('encrypted'), 'a.xlsx', lang)).toMatch(
      lang === 'fr' ? /mot de passe/ : /password/,
    );
    expect(workbookReadMessage(new WorkbookReadError('too-large'), 'a.xlsx', lang)).toContain('100');
  });
});
