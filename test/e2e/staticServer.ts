import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** What the server was asked, in order: the path and the status it answered. */
export interface ServedRequest {
  readonly path: string;
  readonly status: number;
}

/**
 * A tiny static server for the built files, on 127.0.0.1 only (no dependency), gzip when asked.
 * It logs every request, so a test sees what the browser asked for on its own (a favicon).
 */
export async function serveStatic(
  root: string,
): Promise<{ origin: string; close: () => Promise<void>; log: ServedRequest[] }> {
  const log: ServedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      log.push({ path: url.pathname, status: 404 });
      res.writeHead(404).end('not found');
      return;
    }
    log.push({ path: url.pathname, status: 200 });
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed like any static host would (GitHub Pages, SharePoint, nginx): the load time measured is the real one.
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/')) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    log,
  };
}
