import { OfficeMockError, parseAddress, type MockDocument, type MockSheet } from './mockDocument';
import { Loadable, loadPaths, type MockQueue } from './mockLoadable';
import { MockRange, rangeOf } from './mockRange';

type Handler = (args: { worksheetId: string }) => Promise<unknown>;

/** What `onChanged.add` returns: removing it needs a sync on the same context. */
class MockRegistration {
  constructor(
    readonly context: MockContext,
    private readonly key: () => string,
    private readonly handler: Handler,
  ) {}
  remove(): void {
    this.context.queue(() => this.context.doc.off(this.key(), this.handler));
  }
}

function eventSource(ctx: MockContext, minor: number, key: () => string) {
  return {
    add(handler: Handler): MockRegistration {
      let registered = '';
      ctx.queue(() => {
        ctx.doc.requireApi(minor, 'events');
        registered = key();
        ctx.doc.on(registered, handler);
      });
      // The key is known once the sync ran; the registration reads it then.
      return new MockRegistration(ctx, () => registered, handler);
    },
  };
}

class MockProtection extends Loadable {
  get protected(): boolean {
    return this.read('protected');
  }
  fillFrom(value: boolean): void {
    this.provide('protected', value);
  }
}

export class MockWorksheet extends Loadable {
  readonly protection: MockProtection;
  readonly tables;
  readonly freezePanes;
  readonly onChanged;

  constructor(
    ctx: MockContext,
    private readonly resolve: () => MockSheet,
  ) {
    super(ctx);
    this.protection = new MockProtection(ctx);
    this.tables = {
      add: (address: string, _hasHeaders: boolean) => {
        const table: { name: string; rect: ReturnType<typeof parseAddress> } = {
          name: '',
          rect: parseAddress(address),
        };
        ctx.queue(() => {
          const sheet = resolve();
          if (sheet.protected) throw new OfficeMockError('AccessDenied', 'protected sheet');
          table.name = `Table${ctx.doc.sheets.reduce((n, s) => n + s.tables.length, 1)}`;
          sheet.tables.push(table);
        });
        return {
          set name(value: string) {
            ctx.queue(() => {
              const taken = ctx.doc.sheets
                .flatMap((s) => s.tables)
                .some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase());
              if (taken) throw new OfficeMockError('ItemAlreadyExists', `A table named ${value} exists.`);
              table.name = value;
            });
          },
        };
      },
    };
    this.freezePanes = {
      freezeRows: (count: number) =>
        ctx.queue(() => {
          ctx.doc.requireApi(7, 'freezePanes');
          resolve().frozenRows = count;
        }),
    };
    this.onChanged = eventSource(ctx, 7, () => `sheet:${resolve().id}`);
  }

  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }

  /** Fills loaded properties (called while the sync runs). */
  fill(paths: readonly string[]): void {
    const sheet = this.resolve();
    for (const path of paths) {
      if (path === 'name') this.provide('name', sheet.name);
      else if (path === 'id') this.provide('id', sheet.id);
      else if (path === 'visibility') this.provide('visibility', sheet.visibility);
      else if (path === 'protection/protected') {
        this.ctx.doc.requireApi(2, 'protection');
        this.protection.fillFrom(sheet.protected);
      } else throw new OfficeMockError('InvalidArgument', `the mock cannot load ${path}`);
    }
  }

  load(props?: string | string[]): this {
    const paths = loadPaths(props);
    this.ctx.queue(() => this.fill(paths));
    return this;
  }

  getRange(address?: string): MockRange {
    return new MockRange(this.ctx, rangeOf(this.resolve, address));
  }

  getUsedRange(valuesOnly?: boolean): MockRange {
    return new MockRange(this.ctx, () => {
      if (valuesOnly !== undefined) this.ctx.doc.requireApi(2, 'getUsedRange(valuesOnly)');
      const sheet = this.resolve();
      return { sheet, rect: this.ctx.doc.usedRect(sheet) };
    });
  }

  activate(): void {
    this.ctx.queue(() => {
      this.ctx.doc.active = this.resolve().name;
    });
  }
}

class MockWorksheetCollection extends Loadable {
  readonly onChanged;
  readonly onAdded;

  constructor(private readonly context: MockContext) {
    super(context);
    this.onChanged = eventSource(context, 9, () => 'workbook');
    this.onAdded = eventSource(context, 7, () => 'added');
  }

  get items(): MockWorksheet[] {
    return this.read('items');
  }

  load(props?: string | string[]): this {
    const paths = loadPaths(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue(() => {
      const items = this.ctx.doc.sheets.map((s) => {
        const sheet = new MockWorksheet(this.context, () => this.context.doc.sheets.find((x) => x.id === s.id)!);
        sheet.fill(paths);
        return sheet;
      });
      this.provide('items', items);
    });
    return this;
  }

  getItem(name: string): MockWorksheet {
    return new MockWorksheet(this.context, () => this.context.doc.sheet(name));
  }

  add(name: string): MockWorksheet {
    let added: MockSheet | undefined;
    this.ctx.queue(() => {
      if (this.ctx.doc.workbookProtected)
        throw new OfficeMockError('AccessDenied', 'The workbook structure is protected.');
      if (this.ctx.doc.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeMockError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      }
      added = this.ctx.doc.addSheet(name);
    });
    return new MockWorksheet(this.context, () => added!);
  }
}

class MockFunctionResult extends Loadable {
  constructor(
    ctx: MockQueue,
    private readonly compute: () => number,
  ) {
    super(ctx);
  }
  get value(): number {
    return this.read('value');
  }
  load(_props?: string | string[]): this {
    this.ctx.queue(() => {
      this.ctx.doc.requireApi(2, 'functions');
      this.provide('value', this.compute());
    });
    return this;
  }
}

class MockNamedItems extends Loadable {
  constructor(
    ctx: MockQueue,
    private readonly names: () => string[],
  ) {
    super(ctx);
  }
  get items(): { name: string }[] {
    return this.read('items');
  }
  load(_props?: string | string[]): this {
    this.ctx.queue(() =>
      this.provide(
        'items',
        this.names().map((name) => ({ name })),
      ),
    );
    return this;
  }
}

class MockWorkbookProtection extends Loadable {
  get protected(): boolean {
    return this.read('protected');
  }
  load(_props?: string | string[]): this {
    this.ctx.queue(() => {
      this.ctx.doc.requireApi(7, 'workbook.protection');
      this.provide('protected', this.ctx.doc.workbookProtected);
    });
    return this;
  }
}

/** A request context over a MockDocument: commands queue until sync, which the document counts. */
export class MockContext implements MockQueue {
  readonly workbook;
  private ops: (() => void)[] = [];
  private commits: (() => void)[] = [];
  private responseCells = 0;
  private responseBytes = 0;
  private requestCells = 0;

  constructor(readonly doc: MockDocument) {
    this.workbook = {
      worksheets: new MockWorksheetCollection(this),
      tables: new MockNamedItems(this, () => doc.sheets.flatMap((s) => s.tables.map((t) => t.name))),
      protection: new MockWorkbookProtection(this),
      functions: {
        date: (year: number, month: number, day: number) =>
          new MockFunctionResult(this, () => {
            const serial1900 = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
            return doc.date1904 ? serial1900 - 1462 : serial1900;
          }),
      },
    };
  }

  get pending(): number {
    return this.ops.length;
  }

  queue(op: () => void): void {
    this.ops.push(op);
  }

  commit(apply: () => void): void {
    this.commits.push(apply);
  }

  respond(values: readonly (readonly unknown[])[]): void {
    this.responseCells += values.reduce((n, line) => n + line.length, 0);
    this.responseBytes += JSON.stringify(values).length;
  }

  request(cells: number): void {
    this.requestCells += cells;
  }

  async sync(): Promise<void> {
    const doc = this.doc;
    doc.syncs += 1;
    const ops = this.ops.splice(0);
    this.commits = [];
    this.responseCells = 0;
    this.responseBytes = 0;
    this.requestCells = 0;
    await Promise.resolve();
    for (const op of ops) op();
    if (this.requestCells > doc.limits.maxRequestCells) {
      throw new OfficeMockError('RequestPayloadSizeLimitExceeded', `The request carries ${this.requestCells} cells.`);
    }
    if (this.responseCells > doc.limits.maxResponseCells || this.responseBytes > doc.limits.maxResponseBytes) {
      doc.refusedResponses += 1;
      throw new OfficeMockError(
        'ResponsePayloadSizeLimitExceeded',
        `The response would carry ${this.responseCells} cells (${this.responseBytes} bytes).`,
      );
    }
    doc.largestResponse = Math.max(doc.largestResponse, this.responseCells);
    this.commits.splice(0).forEach((apply) => apply());
  }
}
