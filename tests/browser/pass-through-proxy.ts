/**
 * An HTTP proxy on 127.0.0.1 that forwards every request to the real server, with hooks for what the tests and
 * benchmarks change on the way: headers an operator's reverse proxy adds (header-setting-proxy.ts), a phone's
 * network (scripts/bench/slow-network-proxy.ts), faults and delays (precache-install.test.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningProxy {
  url: string;
  close: () => Promise<void>;
}

export interface ProxyHooks {
  /**
   * Before the request is forwarded: may wait, and may answer it itself (then it returns true and the server
   * never sees the request).
   */
  before?: (request: http.IncomingMessage, response: http.ServerResponse) => boolean | Promise<boolean>;
  /**
   * Writes the server's answer to the browser; by default its status, headers and body, untouched (compression
   * included). `sentAt` is when the request reached the proxy (performance.now()).
   */
  reply?: (reply: http.IncomingMessage, response: http.ServerResponse, sentAt: number) => void | Promise<void>;
}

function passThrough(reply: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(reply.statusCode ?? 502, reply.headers);
  reply.pipe(response);
}

export async function startPassThroughProxy(target: string, hooks: ProxyHooks = {}): Promise<RunningProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const writeReply = hooks.reply ?? passThrough;
  const server = http.createServer((request, response) => {
    const sentAt = performance.now();
    void (async () => {
      if (hooks.before && (await hooks.before(request, response))) return;
      const forwarded = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: upstream.host },
          agent,
        },
        (reply) => {
          void Promise.resolve(writeReply(reply, response, sentAt)).catch(() => response.destroy());
        },
      );
      forwarded.on('error', (error) => {
        if (response.headersSent) return void response.destroy();
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`proxy: ${error.message}`);
      });
      request.pipe(forwarded);
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
