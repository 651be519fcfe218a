import { OfficeMockError, type MockDocument } from './mockDocument';

/** What every proxy needs from the request context. */
export interface MockQueue {
  readonly doc: MockDocument;
  /** Runs at the next sync, in the order queued (Office.js batches commands the same way). */
  queue(op: () => void): void;
  /** Makes a loaded value visible once the sync succeeds. */
  commit(apply: () => void): void;
  /** Counts a response's cells and bytes against Excel on the web's limits. */
  respond(values: readonly (readonly unknown[])[]): void;
  /** Counts a request's written cells. */
  request(cells: number): void;
}

export function loadPaths(props?: string | string[]): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A client object whose properties exist only after load + sync, like Office.js proxies: reading
 * one that was not loaded throws PropertyNotLoaded (the mistake the office-addins lint rules catch).
 */
export class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: MockQueue) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new OfficeMockError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available: load it and call context.sync() first.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Sets a loaded property when the current sync succeeds. */
  protected provide(prop: string, value: unknown): void {
    this.ctx.commit(() => this.loaded.set(prop, value));
  }
}
