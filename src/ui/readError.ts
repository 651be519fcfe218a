/**
 * A workbook the door could not read for a reason the user can act on (a file that is not a
 * workbook). The interface turns it into one sentence; `cause` keeps the technical detail.
 */
export class WorkbookFileError extends Error {
  constructor(
    readonly fileName: string,
    override readonly cause: unknown,
  ) {
    super(`Not a readable workbook: ${fileName}`);
    this.name = 'WorkbookFileError';
  }
}
