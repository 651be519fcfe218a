/**
 * The neutral workbook every door produces: Excel, a .xlsx file, or generated data.
 * All interpretation of these cells happens once, in the core.
 *
 * A cell is what a spreadsheet holds after formulas are computed:
 * - string: text (rich text flattened, error cells as their code such as "#N/A");
 * - number: a number or an Excel date serial (the workbook's date system says which epoch);
 * - boolean; Date: a date the reader already decoded (its UTC calendar day is used);
 * - null: blank.
 */
export type RawCell = string | number | boolean | Date | null;

export interface RawSheet {
  /** The sheet's name exactly as the workbook spells it. */
  readonly name: string;
  /**
   * rows[0] is Excel row 1. A row may be shorter than others (trailing blanks omitted) and a
   * missing row (undefined or empty array) is blank.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<RawCell> | undefined>;
  /**
   * True when the tab is hidden (or very hidden) in Excel; absent or false when it shows. A
   * visible sheet is read before a hidden one for the same contract sheet (a stale copy).
   */
  readonly hidden?: boolean;
}

export interface RawWorkbook {
  /** In the workbook's order (the order of the tabs). */
  readonly sheets: readonly RawSheet[];
  /** True when the workbook uses the 1904 date system (Mac Excel of old). */
  readonly date1904: boolean;
}
