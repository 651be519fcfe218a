/**
 * What jsdom lacks for chart.js, Fluent and the workbook reader: a canvas (jest-canvas-mock),
 * ResizeObserver, matchMedia, TextDecoder and Blob.arrayBuffer (every browser has them). Imported first by the
 * interface's tests.
 */
import 'jest-canvas-mock';
import { TextDecoder as NodeTextDecoder } from 'node:util';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
w.TextDecoder ??= NodeTextDecoder;
// Every browser the page supports has Blob.arrayBuffer; jsdom's Blob does not.
const blob = Blob.prototype as { arrayBuffer?: () => Promise<ArrayBuffer> };
blob.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(this);
  });
};
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

// The tabs the app loads lazily (lazyTabs.ts), required up front: under jest their chunk is a
// require compiled on first use, which on a busy machine could outlast a query's wait. Their
// messages join the interface as when the chunk arrives, for tests that draw a panel alone.
import { TAB_BUNDLES } from '../../src/ui/tabPanels';
import { addUiBundles } from '../../src/ui/createUiI18n';

addUiBundles(TAB_BUNDLES);
