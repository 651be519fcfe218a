import {
  intersects,
  OfficeMockError,
  parseAddress,
  type MockConditionalFormat,
  type MockSheet,
  type MockValue,
  type Rect,
} from './mockDocument';
import { Loadable, loadPaths, type MockQueue } from './mockLoadable';

export type RangeTarget = () => { sheet: MockSheet; rect: Rect };

function letters(c: number): string {
  let n = c + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function rectAddress(rect: Rect): string {
  const a = `${letters(rect.c0)}${rect.r0 + 1}`;
  const b = `${letters(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function refuseIfProtected(sheet: MockSheet): void {
  if (sheet.protected) throw new OfficeMockError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

function checkShape(rect: Rect, values: readonly (readonly unknown[])[], what: string): void {
  const rows = rect.r1 - rect.r0 + 1;
  const columns = rect.c1 - rect.c0 + 1;
  if (values.length !== rows || values.some((line) => line.length !== columns)) {
    throw new OfficeMockError('InvalidArgument', `${what}: ${values.length} rows for a range of ${rows}×${columns}`);
  }
}

export class MockConditionalFormatProxy extends Loadable {
  readonly custom;
  constructor(
    ctx: MockQueue,
    private readonly ref: { sheet?: MockSheet; cf?: MockConditionalFormat },
  ) {
    super(ctx);
    const cf = () => ref.cf!;
    this.custom = {
      rule: {
        set formula(value: string) {
          ctx.queue(() => {
            cf().formula = value;
          });
        },
      },
      format: {
        fill: {
          set color(value: string) {
            ctx.queue(() => {
              cf().fill = value;
            });
          },
        },
      },
    };
  }

  get type(): string {
    return this.read('type');
  }

  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    return this.read('customOrNullObject');
  }

  /** Fills the properties a collection load asked for (called while the sync runs). */
  fill(paths: readonly string[]): void {
    const cf = this.ref.cf!;
    if (paths.includes('type')) this.provide('type', cf.type);
    if (paths.includes('customOrNullObject/rule/formula')) {
      this.provide(
        'customOrNullObject',
        cf.type === 'Custom'
          ? { isNullObject: false, rule: { formula: cf.formula ?? '' } }
          : { isNullObject: true, rule: {} },
      );
    }
  }

  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.ref.sheet!;
      refuseIfProtected(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.id !== this.ref.cf!.id);
    });
  }
}

export class MockConditionalFormatCollection extends Loadable {
  constructor(
    ctx: MockQueue,
    private readonly target: RangeTarget,
  ) {
    super(ctx);
  }

  get items(): MockConditionalFormatProxy[] {
    return this.read('items');
  }

  add(type: string): MockConditionalFormatProxy {
    const ref: { sheet?: MockSheet; cf?: MockConditionalFormat } = {};
    this.ctx.queue(() => {
      this.ctx.doc.requireApi(6, 'conditionalFormats.add');
      const { sheet, rect } = this.target();
      refuseIfProtected(sheet);
      ref.sheet = sheet;
      ref.cf = { id: this.ctx.doc.newId(), rect, type, formula: null, fill: null };
      sheet.conditionalFormats.push(ref.cf);
    });
    return new MockConditionalFormatProxy(this.ctx, ref);
  }

  load(props?: string | string[]): this {
    const paths = loadPaths(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue(() => {
      this.ctx.doc.requireApi(6, 'conditionalFormats');
      const { sheet, rect } = this.target();
      const items = sheet.conditionalFormats
        .filter((cf) => intersects(cf.rect, rect))
        .map((cf) => {
          const proxy = new MockConditionalFormatProxy(this.ctx, { sheet, cf });
          proxy.fill(paths);
          return proxy;
        });
      this.provide('items', items);
    });
    return this;
  }
}

export class MockRange extends Loadable {
  readonly conditionalFormats: MockConditionalFormatCollection;
  readonly format;
  readonly dataValidation;

  constructor(
    ctx: MockQueue,
    private readonly target: RangeTarget,
  ) {
    super(ctx);
    this.conditionalFormats = new MockConditionalFormatCollection(ctx, target);
    const doc = ctx.doc;
    this.format = {
      font: {
        set bold(_value: boolean) {
          ctx.queue(() => refuseIfProtected(target().sheet));
        },
      },
      set columnWidth(_value: number) {
        ctx.queue(() => {
          doc.requireApi(2, 'format.columnWidth');
          refuseIfProtected(target().sheet);
        });
      },
    };
    const validation = (apply: (v: { rule?: unknown; errorAlert?: unknown }) => void) =>
      ctx.queue(() => {
        doc.requireApi(8, 'dataValidation');
        const { sheet, rect } = target();
        refuseIfProtected(sheet);
        let entry = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(rect));
        if (!entry) {
          entry = { rect };
          sheet.validations.push(entry);
        }
        apply(entry);
      });
    this.dataValidation = {
      set rule(value: unknown) {
        validation((v) => {
          v.rule = value;
        });
      },
      set errorAlert(value: unknown) {
        validation((v) => {
          v.errorAlert = value;
        });
      },
    };
  }

  get values(): MockValue[][] {
    return this.read('values');
  }
  set values(values: MockValue[][]) {
    this.ctx.queue(() => {
      const { sheet, rect } = this.target();
      checkShape(rect, values, 'values');
      this.ctx.request(values.length * (values[0]?.length ?? 0));
      this.ctx.doc.writeValues(sheet, rect, values);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.queue(() => {
      const { sheet, rect } = this.target();
      checkShape(rect, formats, 'numberFormat');
      refuseIfProtected(sheet);
      sheet.numberFormats.push({ rect, format: formats[0]?.[0] });
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  load(props?: string | string[]): this {
    const paths = loadPaths(props);
    this.ctx.queue(() => {
      const { sheet, rect } = this.target();
      for (const path of paths) {
        if (path === 'values') {
          const values = this.ctx.doc.valuesOf(sheet, rect);
          this.ctx.respond(values);
          this.provide('values', values);
        } else if (path === 'numberFormat') {
          const formats = this.ctx.doc.numberFormatsOf(sheet, rect);
          this.ctx.respond(formats);
          this.provide('numberFormat', formats);
        } else if (path === 'rowIndex') this.provide(path, rect.r0);
        else if (path === 'columnIndex') this.provide(path, rect.c0);
        else if (path === 'rowCount') this.provide(path, rect.r1 - rect.r0 + 1);
        else if (path === 'columnCount') this.provide(path, rect.c1 - rect.c0 + 1);
        else if (path === 'address') this.provide(path, `${sheet.name}!${rectAddress(rect)}`);
        else throw new OfficeMockError('InvalidArgument', `the mock cannot load ${path}`);
      }
    });
    return this;
  }

  /**
   * The part of this range that holds values: their bounding box within it. Excel refuses with
   * ItemNotFound where there is none (getUsedRangeOrNullObject, 1.4, would give a null object).
   */
  getUsedRange(valuesOnly?: boolean): MockRange {
    return new MockRange(this.ctx, () => {
      if (valuesOnly !== undefined) this.ctx.doc.requireApi(2, 'getUsedRange(valuesOnly)');
      const { sheet, rect } = this.target();
      const used = this.ctx.doc.usedRect(sheet, rect);
      if (used === null) throw new OfficeMockError('ItemNotFound', 'The range holds no value.');
      return { sheet, rect: used };
    });
  }

  getCell(row: number, column: number): MockRange {
    return new MockRange(this.ctx, () => {
      const { sheet, rect } = this.target();
      const r = rect.r0 + row;
      const c = rect.c0 + column;
      return { sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    });
  }

  select(): void {
    this.ctx.queue(() => {
      const { sheet, rect } = this.target();
      if (this.ctx.doc.active !== sheet.name)
        throw new OfficeMockError('InvalidSelection', 'The range is not on the active sheet.');
      this.ctx.doc.selection = `${sheet.name}!${rectAddress(rect)}`;
    });
  }
}

export function rangeOf(sheet: () => MockSheet, address?: string): RangeTarget {
  return () => ({
    sheet: sheet(),
    rect: address === undefined ? { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 } : parseAddress(address),
  });
}
