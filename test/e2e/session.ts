import { mkdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './browser';
import { serveStatic } from './staticServer';

/** The built files served on 127.0.0.1 and a fresh Chromium, for one e2e file. */
export interface E2eSession {
  readonly context: BrowserContext;
  readonly origin: string;
  close(): Promise<void>;
}

export async function startSession(dist: string, out: string): Promise<E2eSession> {
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  return {
    context: browser.context,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
