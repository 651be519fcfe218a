/**
 * Work done in steps, so that a door with a screen can pause between them: each `yield` is a point
 * where the caller may let the browser paint and answer the user, and says how much of the work
 * is done (0 to 1). The command line and the tests run the same steps at once (`runSteps`), so
 * there is one code path.
 */
export type Steps<T> = Generator<number, T, void>;

/** Runs steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Steps whose progress counts for the part `from`–`to` of a larger piece of work. */
export function* scaledSteps<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}

/** Items handled between two pauses in a loop over rows or issues: a few milliseconds of work. */
export const ITEMS_PER_STEP = 4096;
