import { READ_LIMITS } from '../readLimits';
import { WorkbookReadError } from '../workbookReadError';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE spelling of `name` (how OLE directory entries store names) occurs. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let j = 1;
    while (j < name.length && bytes[i + 2 * j] === name.charCodeAt(j) && bytes[i + 2 * j + 1] === 0) j++;
    if (j === name.length) return true;
  }
  return false;
}

/**
 * Looks at the first bytes to say what kind of file this is before any parsing, so that a
 * password-protected workbook or an old .xls gets its own sentence instead of "corrupt".
 * Returns normally only for a zip container (what every .xlsx/.xlsm is).
 */
export function sniffWorkbookBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (bytes.length > READ_LIMITS.fileBytes) throw new WorkbookReadError('too-large', `${bytes.length} bytes`);
  if (startsWith(bytes, CFB_MAGIC)) {
    // Excel saves a password-protected .xlsx as an OLE compound file holding EncryptionInfo
    // and EncryptedPackage streams; an Excel 97–2003 workbook holds a Workbook (or Book) stream.
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage'))
      throw new WorkbookReadError('encrypted');
    if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) throw new WorkbookReadError('xls');
    throw new WorkbookReadError('not-a-workbook', 'OLE compound file without a workbook');
  }
  // "PK\3\4" (a local file header) or "PK\5\6" (an empty zip's end record).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return;
  throw new WorkbookReadError('not-a-workbook', 'not a zip container');
}
