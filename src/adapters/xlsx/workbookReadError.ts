import type { WorkbookReadFailure, WorkbookReadReason } from '../../ports';
import { FILE_LIMIT_MB, INFLATED_LIMIT_MB, READ_LIMITS } from './readLimits';

export type { WorkbookReadFailure, WorkbookReadReason };

/** The limit a reason's sentence names (README, "Limits"), in its unit: MB or characters. */
function limitOf(reason: WorkbookReadReason): number | undefined {
  if (reason === 'too-large') return FILE_LIMIT_MB;
  if (reason === 'inflated-too-large') return INFLATED_LIMIT_MB;
  return reason === 'cell-too-long' ? READ_LIMITS.cellChars : undefined;
}

/**
 * A file that is not a readable workbook, thrown by the reader's internals and the Node door.
 * Its `failure` is plain data (the type lives in the core, the port re-exports it): it crosses
 * from the page's worker as it is, the CLI words it, the web page makes it a HostFailure.
 */
export class WorkbookReadError extends Error {
  readonly failure: WorkbookReadFailure;

  constructor(reason: WorkbookReadReason, detail: string = reason) {
    super(`workbook not readable (${reason}): ${detail}`);
    this.name = 'WorkbookReadError';
    const limit = limitOf(reason);
    this.failure = limit === undefined ? { reason, detail } : { reason, detail, limit };
  }

  get reason(): WorkbookReadReason {
    return this.failure.reason;
  }
}

/** Shorthand for the reader's internals: `throw refuse('corrupt', 'why')`. */
export function refuse(reason: WorkbookReadReason, detail?: string): WorkbookReadError {
  return new WorkbookReadError(reason, detail);
}
