import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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

/** A content-hashed script name (`web.1a2b3c4d.js`): the same bytes forever. */
const HASHED = /\.[0-9a-f]{8}\.js$/;

/** What the server was asked, in order: the path, the status it answered (0: the network was down), the bytes sent. */
export interface ServedRequest {
  readonly path: string;
  readonly status: number;
  bytes: number;
}

export interface StaticServer {
  readonly origin: string;
  readonly log: ServedRequest[];
  /** Serves another folder from now on (a new version deployed at the same address). */
  setRoot(root: string): void;
  /** Down: every connection is cut, as when the link is gone. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/**
 * A tiny static server for the built files, on 127.0.0.1 only (no dependency), as the README
 * tells a host to serve them: gzip when asked, content-hashed scripts `immutable`, everything
 * else (pages, sw.js, app manifests, icons) `no-cache` with a validator. It logs every request,
 * so a test sees what the browser asked for on its own (a favicon, a new service worker).
 */
export async function serveStatic(initialRoot: string): Promise<StaticServer> {
  const log: ServedRequest[] = [];
  let root = initialRoot;
  let down = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (down) {
      log.push({ path: url.pathname, status: 0, bytes: 0 });
      req.socket.destroy();
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      log.push({ path: url.pathname, status: 404, bytes: 0 });
      res.writeHead(404).end('not found');
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const caching = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = {
      'Cache-Control': caching,
      ETag: etag,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    if (req.headers['if-none-match'] === etag) {
      log.push({ path: url.pathname, status: 304, bytes: 0 });
      res.writeHead(304, headers).end();
      return;
    }
    const entry: ServedRequest = { path: url.pathname, status: 200, bytes: 0 };
    log.push(entry);
    // Compressed like any static host would (GitHub Pages, SharePoint, nginx): the load time measured is the real one.
    if (
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
      !headers['Content-Type'].startsWith('image/')
    ) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      const gzip = createGzip({ level: 9 });
      gzip.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
      createReadStream(file).pipe(gzip).pipe(res);
      return;
    }
    res.writeHead(200, headers);
    entry.bytes = stat.size;
    createReadStream(file).pipe(res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    setRoot: (dir) => {
      root = dir;
    },
    setDown: (value) => {
      down = value;
      // Kept-alive connections go too: nothing gets through while down.
      if (down) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
