/**
 * Why a file could not be read as a workbook. Each reason is something the user can act on,
 * and each has one sentence in French and English (readWorkbook.messages.ts).
 */
export type WorkbookReadReason =
  | 'missing' // no such file
  | 'unreadable' // a folder, or no permission to read
  | 'empty' // zero bytes
  | 'too-large' // above MAX_WORKBOOK_BYTES
  | 'encrypted' // an Office file protected by a password (an OLE container with EncryptionInfo)
  | 'xls' // an Excel 97–2003 binary workbook: save it as .xlsx
  | 'ods' // an OpenDocument spreadsheet: save it as .xlsx
  | 'not-a-workbook' // text, a picture, another zip (a Word document…)
  | 'corrupt'; // a zip that is truncated or whose workbook parts cannot be parsed

/**
 * 100 MB. A secretariat workbook of ten years is a few MB; 250,000 attendance rows are about
 * 5 MB. Above this, reading in a browser tab or on an old laptop would exhaust memory, so the
 * reader says so instead of freezing.
 */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

/** A file that is not a readable workbook. `detail` keeps the technical cause for debugging. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadReason,
    readonly detail: string = reason,
  ) {
    super(`workbook not readable (${reason}): ${detail}`);
    this.name = 'WorkbookReadError';
  }
}
