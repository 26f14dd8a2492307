import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv, Logger } from './app-types';

/** A listening server. */
export interface RunningServer {
  /** `http://host:port` as bound (the real port when 0 was asked for). */
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish for up to `graceMs`, then
   * closes whatever is still open. Resolves when the socket is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/** Listens with @hono/node-server on `host:port` (port 0 picks a free one). */
export function startServer(
  app: Hono<AppEnv>,
  options: { port: number; host: string; logger?: Logger },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        let closing: Promise<void> | undefined;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close(graceMs = 10_000) {
            closing ??= new Promise<void>((done) => {
              const http = server as import('node:http').Server;
              const timer = setTimeout(() => {
                options.logger?.warn(
                  'shutdown: closing connections still open after the grace period',
                  { graceMs },
                );
                http.closeAllConnections?.();
              }, graceMs);
              timer.unref();
              http.close(() => {
                clearTimeout(timer);
                done();
              });
              http.closeIdleConnections?.();
            });
            return closing;
          },
        });
      },
    );
    server.once('error', reject);
  });
}
