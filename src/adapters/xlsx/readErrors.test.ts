import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingKeys, type Lang } from '../../core';
import { corpusDir } from '../../../test/corpus/corpusDir';
import { zipParts } from '../../../test/helpers/xlsxParts';
import { readFileSync } from 'node:fs';
import { readWorkbookBytes } from './readWorkbook';
import { readFailureMessage, readFailureMessages } from '../../core';
import { readWorkbookFile } from './readWorkbookFile';
import { sniffWorkbookBytes } from './read/sniffWorkbookBytes';
import { READ_LIMITS } from './readLimits';
import { WorkbookReadError, type WorkbookReadReason } from './workbookReadError';

const dir = mkdtempSync(join(tmpdir(), 'vpwg-bad-'));

/** An OLE compound file header followed by directory entry names in UTF-16LE. */
function cfb(...names: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = names.flatMap((n) => [...Buffer.from(n, 'utf16le')]);
  return Uint8Array.from([...header, ...new Array<number>(504).fill(0), ...body]);
}

const zipOf = async (files: Record<string, string>): Promise<Uint8Array> => zipParts(files);

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

test(`a file over ${READ_LIMITS.fileBytes / 1024 / 1024} MB is refused before parsing`, () => {
  expect(() => sniffWorkbookBytes(new Uint8Array(READ_LIMITS.fileBytes + 1))).toThrow(
    expect.objectContaining({ reason: 'too-large' }),
  );
});

describe('the sentence the user reads', () => {
  const reasons = Object.keys(readFailureMessages.en) as WorkbookReadReason[];
  // As the reader hands a failure over: the reason, the technical detail, the limit it passed.
  const say = (reason: WorkbookReadReason, file: string, lang: Lang) =>
    readFailureMessage(new WorkbookReadError(reason, 'ENOENT: stack-ish detail').failure, file, lang);

  test('every reason has a sentence in French and English', () => {
    expect(missingKeys(readFailureMessages)).toEqual([]);
    expect(reasons.sort()).toEqual([
      'cell-too-long',
      'corrupt',
      'empty',
      'encrypted',
      'inflated-too-large',
      'missing',
      'not-a-workbook',
      'ods',
      'too-large',
      'unreadable',
      'xls',
      'xlsb',
      'zip-bomb',
    ]);
  });

  test.each<Lang>(['fr', 'en'])('in %s: one line naming the file, no technical detail', (lang) => {
    for (const reason of reasons) {
      const text = say(reason, 'suivi.xlsx', lang);
      expect(text).toContain('suivi.xlsx');
      expect(text).not.toMatch(/\n|ENOENT|Error|undefined|\{\{/);
    }
    expect(say('encrypted', 'a.xlsx', lang)).toMatch(lang === 'fr' ? /mot de passe/ : /password/);
    expect(say('too-large', 'a.xlsx', lang)).toContain('100');
    expect(say('inflated-too-large', 'a.xlsx', lang)).toContain('512');
    expect(say('cell-too-long', 'a.xlsx', lang)).toContain(lang === 'fr' ? '32\u00a0767' : '32,767');
    expect(say('zip-bomb', 'a.xlsx', lang)).toMatch(lang === 'fr' ? /bombe/ : /zip bomb/);
  });

  test.each<Lang>(['fr', 'en'])(
    'in %s: a workbook is named by its own extension (.xlsm is not called .xlsx)',
    (lang) => {
      expect(say('corrupt', 'macros.xlsm', lang)).toContain('(.xlsm)');
      expect(say('not-a-workbook', 'modele.XLTX', lang)).toContain('(.xltx)');
      expect(say('not-a-workbook', 'notes.txt', lang)).toContain('(.xlsx)');
      expect(say('corrupt', 'macros.xlsm', lang)).not.toContain('.xlsx');
    },
  );
});
