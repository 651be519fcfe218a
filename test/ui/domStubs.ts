/**
 * What jsdom lacks for chart.js and Fluent: a canvas (jest-canvas-mock), ResizeObserver and
 * matchMedia. Imported first by the interface's tests.
 */
import 'jest-canvas-mock';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
w.ResizeObserver ??= ResizeObserverStub;
w.matchMedia ??= (query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
});
