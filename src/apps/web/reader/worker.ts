import type { ReadRequest } from './protocol';
import { serveRead } from './serveRead';

/**
 * The page's reading worker: built on its own (webpack.config.js turns it into a string the
 * page makes a Blob URL of, so that it also runs from file://), it reads the file the page
 * hands it while the tab stays free to answer the user.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};
scope.onmessage = (event) => {
  void serveRead(event.data.file, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
