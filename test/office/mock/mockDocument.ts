/**
 * The state behind the Office.js mock: a workbook (sheets of cells, conditional formats,
 * tables, drop-downs, protection), its document settings, and what Excel on the web enforces:
 * a response larger than a set number of cells or bytes is refused, as the real service refuses
 * responses over ~5 MB. Counts every context.sync.
 */
export type MockValue = string | number | boolean;

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface MockConditionalFormat {
  readonly id: string;
  readonly rect: Rect;
  readonly type: string;
  formula: string | null;
  fill: string | null;
}

export interface MockValidation {
  readonly rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface MockSheet {
  readonly id: string;
  name: string;
  /** Sparse rows of values; '' or undefined is blank. */
  readonly rows: (MockValue[] | undefined)[];
  protected: boolean;
  conditionalFormats: MockConditionalFormat[];
  readonly tables: { name: string; rect: Rect }[];
  readonly validations: MockValidation[];
  readonly numberFormats: { rect: Rect; format: unknown }[];
  frozenRows: number;
  /** The tab's visibility, as Excel.SheetVisibility spells it. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
}

export class OfficeMockError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1`, `B2:D9`, `7:7`, `D:D` (no sheet part) to a 0-based inclusive rectangle. */
export function parseAddress(address: string): Rect {
  const parts = address.split(':');
  const one = (part: string): { r: number | null; c: number | null } => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/i.exec(part.trim());
    if (!m || (m[1] === '' && m[2] === '')) throw new OfficeMockError('InvalidArgument', `bad address ${address}`);
    return { c: m[1] ? columnNumber(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = one(parts[0]!);
  const b = one(parts[1] ?? parts[0]!);
  return {
    r0: a.r ?? 0,
    c0: a.c ?? 0,
    r1: b.r ?? MAX_ROWS - 1,
    c1: b.c ?? MAX_COLUMNS - 1,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export interface MockLimits {
  /** Cells one sync's response may carry (values loaded). */
  readonly maxResponseCells: number;
  /** Bytes of JSON one sync's response may carry (Excel on the web: ~5 MB). */
  readonly maxResponseBytes: number;
  /** Cells one sync's request may carry (values written). */
  readonly maxRequestCells: number;
}

type ChangeHandler = (args: { worksheetId: string }) => Promise<unknown>;

export class MockDocument {
  readonly sheets: MockSheet[] = [];
  /** The ExcelApi minor version this host supports (1.x). */
  apiMinor = 9;
  date1904 = false;
  workbookProtected = false;
  editing = false;
  /** Whether Excel honours delayForCellEdit (old hosts fail instead). */
  honoursDelay = true;
  readonly settings = new Map<string, unknown>();
  /** What saveAsync has written into the document: what a reloaded pane finds. */
  savedSettings = new Map<string, unknown>();
  limits: MockLimits = { maxResponseCells: 150_000, maxResponseBytes: 5 * 1024 * 1024, maxRequestCells: 150_000 };
  syncs = 0;
  /** Largest response of a sync, in cells. */
  largestResponse = 0;
  refusedResponses = 0;
  /** Workbooks opened with Excel.createWorkbook, as base64. */
  readonly opened: string[] = [];
  active: string | null = null;
  selection: string | null = null;
  readonly handlers = new Map<string, ChangeHandler[]>();
  private nextId = 1;
  private editingDone: (() => void)[] = [];

  addSheet(name: string, rows: (MockValue[] | undefined)[] = []): MockSheet {
    const sheet: MockSheet = {
      id: `{0000000${this.nextId++}-0001-0000-0000-000000000000}`,
      name,
      rows: [...rows],
      protected: false,
      conditionalFormats: [],
      tables: [],
      validations: [],
      numberFormats: [],
      frozenRows: 0,
      visibility: 'Visible',
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): MockSheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new OfficeMockError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return found;
  }

  newId(): string {
    return `cf${this.nextId++}`;
  }

  supports(minor: number): boolean {
    return minor <= this.apiMinor;
  }

  requireApi(minor: number, what: string): void {
    if (!this.supports(minor)) throw new OfficeMockError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  /**
   * The used range: the bounding box of non-blank cells, or A1 for a blank sheet. Within `rect`:
   * the bounding box of its non-blank cells, null when it has none. Visits only the cells the
   * sheet holds (a value in XFD1048576 costs one cell, as a sparse sheet should).
   */
  usedRect(sheet: MockSheet): Rect;
  usedRect(sheet: MockSheet, within: Rect): Rect | null;
  usedRect(sheet: MockSheet, within?: Rect): Rect | null {
    const area = within ?? { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };
    let r0 = -1;
    let r1 = -1;
    let c0 = Number.MAX_SAFE_INTEGER;
    let c1 = -1;
    sheet.rows.forEach((row, r) => {
      if (!row || r < area.r0 || r > area.r1) return;
      row.forEach((v, c) => {
        if (v === '' || v === undefined || c < area.c0 || c > area.c1) return;
        if (r0 < 0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      });
    });
    if (r0 >= 0) return { r0, c0, r1, c1 };
    return within ? null : { r0: 0, c0: 0, r1: 0, c1: 0 };
  }

  valuesOf(sheet: MockSheet, rect: Rect): MockValue[][] {
    const out: MockValue[][] = [];
    for (let r = rect.r0; r <= rect.r1; r += 1) {
      const row = sheet.rows[r];
      const line: MockValue[] = [];
      for (let c = rect.c0; c <= rect.c1; c += 1) line.push(row?.[c] ?? '');
      out.push(line);
    }
    return out;
  }

  /** The number format of each cell of `rect`: the last one set over it, else Excel's General. */
  numberFormatsOf(sheet: MockSheet, rect: Rect): unknown[][] {
    const out: unknown[][] = [];
    for (let r = rect.r0; r <= rect.r1; r += 1) {
      const line: unknown[] = [];
      for (let c = rect.c0; c <= rect.c1; c += 1) {
        const cell = { r0: r, c0: c, r1: r, c1: c };
        let format: unknown = 'General';
        for (const set of sheet.numberFormats) if (intersects(set.rect, cell)) format = set.format;
        line.push(format);
      }
      out.push(line);
    }
    return out;
  }

  writeValues(sheet: MockSheet, rect: Rect, values: readonly (readonly MockValue[])[]): void {
    if (sheet.protected)
      throw new OfficeMockError('AccessDenied', 'The cell you are trying to change is on a protected sheet.');
    values.forEach((line, i) => {
      const r = rect.r0 + i;
      const row = sheet.rows[r] ?? [];
      line.forEach((v, j) => {
        row[rect.c0 + j] = v;
      });
      sheet.rows[r] = row;
    });
  }

  /** Starts or ends the user's cell editing; batches waiting for it then run. */
  setEditing(editing: boolean): void {
    this.editing = editing;
    if (!editing) this.editingDone.splice(0).forEach((resolve) => resolve());
  }

  waitForEditing(): Promise<void> {
    return new Promise((resolve) => this.editingDone.push(resolve));
  }

  on(key: string, handler: ChangeHandler): void {
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler]);
  }

  off(key: string, handler: ChangeHandler): void {
    this.handlers.set(
      key,
      (this.handlers.get(key) ?? []).filter((h) => h !== handler),
    );
  }

  handlerCount(): number {
    return [...this.handlers.values()].reduce((n, list) => n + list.length, 0);
  }

  /** The user edits a cell of a sheet: the events a real Excel would raise. */
  userEdit(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    for (const key of [`sheet:${sheet.id}`, 'workbook'])
      (this.handlers.get(key) ?? []).forEach((h) => void h({ worksheetId: sheet.id }));
  }
}
