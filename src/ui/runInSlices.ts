import type { Steps } from '../core';
import { yieldToBrowser } from './yieldToBrowser';

/** Main-thread time given to the steps before the browser gets it back: under a long task (50 ms). */
export const SLICE_MS = 30;

export interface SliceOptions {
  /** How much is done (0 to 1), said at each pause. */
  readonly onProgress?: (fraction: number) => void;
  /** Asked at each pause: false abandons the work (a newer read, another file). */
  readonly wanted?: () => boolean;
}

/**
 * Runs steps (the engine's, steps.ts) a slice of SLICE_MS at a time, letting the browser paint
 * and answer the user between two slices. Resolves with the result, or undefined when the work
 * was abandoned.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  { onProgress, wanted }: SliceOptions = {},
): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    onProgress?.(step.value);
    await yieldToBrowser();
    if (wanted && !wanted()) return undefined;
    sliceStart = performance.now();
  }
}
