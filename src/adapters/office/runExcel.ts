import type { HostFailure, HostResult } from '../../ports';
import type { ExcelEnvironment } from './excelEnvironment';
import { isOfficeError, toHostFailure, type FailureContext } from './hostFailure';

/** Thrown inside a batch to stop it with a failure the user can act on (a protected sheet…). */
export class BatchFailure extends Error {
  constructor(readonly failure: HostFailure) {
    super(failure.reason);
    this.name = 'BatchFailure';
  }
}

export function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

export function failed<T>(failure: HostFailure): HostResult<T> {
  return { ok: false, failure };
}

/**
 * Excel.run that waits while the user is editing a cell (`delayForCellEdit`; where Excel ignores
 * the option the batch fails with InvalidOperationInCellEditMode, reported as 'editing') and turns
 * Excel's refusals into HostFailures. Other errors are bugs and propagate untouched.
 */
export async function runExcel<T>(
  env: ExcelEnvironment,
  batch: (context: Excel.RequestContext) => Promise<T>,
  failureContext: FailureContext = {},
): Promise<HostResult<T>> {
  try {
    return ok(await env.run({ delayForCellEdit: true }, batch));
  } catch (error) {
    if (error instanceof BatchFailure) return failed(error.failure);
    if (isOfficeError(error)) return failed(toHostFailure(error, failureContext));
    throw error;
  }
}
