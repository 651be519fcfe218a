/**
 * Why a file could not be read as a workbook. Each reason is something the user can act on,
 * and each has one sentence in French and English (readWorkbook.messages.ts). Failures are
 * data (they cross from the page's worker to the page as they are); WorkbookReadError only
 * carries one through a `throw` in Node.
 */
export type WorkbookReadReason =
  | 'missing' // no such file
  | 'unreadable' // a folder, or no permission to read
  | 'empty' // zero bytes
  | 'too-large' // the file itself is above READ_LIMITS.fileBytes
  | 'inflated-too-large' // its parts would unpack past READ_LIMITS.inflatedBytes
  | 'zip-bomb' // a part packed far tighter than any spreadsheet (READ_LIMITS.bombRatio)
  | 'cell-too-long' // a cell longer than Excel allows (READ_LIMITS.cellChars)
  | 'encrypted' // an Office file protected by a password (an OLE container with EncryptionInfo)
  | 'xls' // an Excel 97–2003 binary workbook: save it as .xlsx
  | 'xlsb' // an Excel binary workbook (.xlsb): save it as .xlsx
  | 'ods' // an OpenDocument spreadsheet: save it as .xlsx
  | 'not-a-workbook' // text, a picture, another zip (a Word document…)
  | 'corrupt'; // a truncated zip, an unreadable part, a row or column beyond Excel's grid

export interface WorkbookReadFailure {
  readonly reason: WorkbookReadReason;
  /** The technical cause, for whoever debugs: never shown to the user. */
  readonly detail: string;
}

/** A file that is not a readable workbook, thrown by the Node door and the reader's internals. */
export class WorkbookReadError extends Error {
  readonly failure: WorkbookReadFailure;

  constructor(reason: WorkbookReadReason, detail: string = reason) {
    super(`workbook not readable (${reason}): ${detail}`);
    this.name = 'WorkbookReadError';
    this.failure = { reason, detail };
  }

  get reason(): WorkbookReadReason {
    return this.failure.reason;
  }
}

/** Shorthand for the reader's internals: `throw refuse('corrupt', 'why')`. */
export function refuse(reason: WorkbookReadReason, detail?: string): WorkbookReadError {
  return new WorkbookReadError(reason, detail);
}
