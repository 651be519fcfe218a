/**
 * What `./worker?worker-source` gives under jest, which has no webpack: no worker code, so the
 * page's reader (readInWorker.ts) runs the same reading protocol in the page (jsdom has no Worker).
 */
export default '';
