/**
 * Why a file could not become a RawWorkbook. Each reason is something the user can act on and
 * has one sentence in French and English (readFailureMessage). Plain data: the reader returns it
 * (from the page's worker, from Node) and every door words it the same way.
 */
export type WorkbookReadReason =
  | 'missing' // no such file
  | 'unreadable' // a folder, or no permission to read
  | 'empty' // zero bytes
  | 'too-large' // the file itself is above the reader's limit (`limit`, in MB)
  | 'inflated-too-large' // its parts would unpack past the reader's limit (`limit`, in MB)
  | 'zip-bomb' // a part packed far tighter than any spreadsheet
  | 'cell-too-long' // a cell longer than Excel allows (`limit`, in characters)
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
  /** The limit the file went past, in the unit its sentence names (MB, characters). */
  readonly limit?: number;
}
