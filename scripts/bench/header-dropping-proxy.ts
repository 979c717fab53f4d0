/**
 * A pass-through HTTP proxy that drops one response header: the bench serves the same build, by the same server,
 * with and without it, to measure what that header costs (bench:lighthouse, Cross-Origin-Opener-Policy).
 * Bodies are streamed untouched (compression included); only the named header is removed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningProxy {
  url: string;
  close: () => Promise<void>;
}

export async function startHeaderDroppingProxy(target: string, dropped: string): Promise<RunningProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const name = dropped.toLowerCase();
  const server = http.createServer((request, response) => {
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
        const headers = { ...reply.headers };
        delete headers[name];
        response.writeHead(reply.statusCode ?? 502, headers);
        reply.pipe(response);
      },
    );
    forwarded.on('error', (error) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`proxy: ${error.message}`);
    });
    request.pipe(forwarded);
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
