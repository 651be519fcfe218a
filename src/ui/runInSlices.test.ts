import type { Steps } from '../core';
import { runInSlices, SLICE_MS } from './runInSlices';

/** Steps of which each holds the thread for `ms` milliseconds, counting how many ran. */
function* busySteps(count: number, ms: number, ran: { n: number }): Steps<string> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    ran.n++;
    yield (i + 1) / count;
  }
  return 'validated';
}

describe('runInSlices (the screens’ validation, a slice at a time)', () => {
  it('gives the result, saying the progress at each pause back to the browser', async () => {
    const ran = { n: 0 };
    const progress: number[] = [];
    let timersRan = 0;
    // A timer set before the work: it can only run if the work gives the thread back.
    setTimeout(() => timersRan++, 0);
    const result = await runInSlices(busySteps(4, SLICE_MS + 5, ran), { onProgress: (f) => progress.push(f) });
    expect(result).toBe('validated');
    expect(ran.n).toBe(4);
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    expect(timersRan).toBe(1);
  });

  it('stops at the next pause when the work is no longer wanted (another file chosen)', async () => {
    const ran = { n: 0 };
    let wanted = true;
    const result = await runInSlices(busySteps(10, SLICE_MS + 5, ran), {
      onProgress: () => {
        wanted = false;
      },
      wanted: () => wanted,
    });
    expect(result).toBeUndefined();
    expect(ran.n).toBe(1);
  });
});
