import type { HostFailure } from '../../ports';

/** What an Office.js error looks like (OfficeExtension.Error): a string code and a message. */
export interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** What the adapter was doing when Excel refused, so the failure can name it. */
export interface FailureContext {
  /** The sheet being written, for a protection refusal. */
  readonly sheet?: string;
  /** The requirement set of the API being used, for an "API not found" refusal. */
  readonly requirement?: string;
}

const UNSUPPORTED_CODES = new Set(['ApiNotFound', 'NotImplemented', 'UnsupportedFeature', 'UnsupportedOperation']);

/**
 * An Excel refusal as a HostFailure the interface turns into one sentence. Anything that is not
 * an Office.js error (a bug in our code) is not a failure to explain: the caller rethrows it.
 */
export function toHostFailure(error: OfficeErrorLike, context: FailureContext = {}): HostFailure {
  if (error.code === 'InvalidOperationInCellEditMode') return { reason: 'editing' };
  if (error.code === 'AccessDenied' && context.sheet !== undefined)
    return { reason: 'protected', sheet: context.sheet };
  if (UNSUPPORTED_CODES.has(error.code) && context.requirement !== undefined) {
    return { reason: 'unsupported', requirement: context.requirement };
  }
  return { reason: 'excel', code: error.code, message: error.message };
}
