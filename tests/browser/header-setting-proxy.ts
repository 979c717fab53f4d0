/**
 * A pass-through HTTP proxy that sets response headers, the way an operator's reverse proxy adds one the server
 * does not send (docs/SERVER.md, "Security headers": Cross-Origin-Opener-Policy as an opt-in). Used by the test
 * that such a header reaches the pages the service worker answers offline, and by bench:lighthouse to measure
 * what that header costs a first visit. Bodies are streamed untouched (compression included).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningProxy {
  url: string;
  close: () => Promise<void>;
}

export async function startHeaderSettingProxy(target: string, set: Record<string, string>): Promise<RunningProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
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
        for (const [name, value] of Object.entries(set)) headers[name.toLowerCase()] = value;
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
