/**
 * A pass-through HTTP proxy that sets response headers, the way an operator's reverse proxy adds one the server
 * does not send (docs/SERVER.md, "Security headers": Cross-Origin-Opener-Policy as an opt-in). Used by the test
 * that such a header reaches the pages the service worker answers offline, and by bench:lighthouse to measure
 * what that header costs a first visit. Bodies are streamed untouched (compression included).
 */
import { startPassThroughProxy, type RunningProxy } from './pass-through-proxy';

export type { RunningProxy } from './pass-through-proxy';

export function startHeaderSettingProxy(target: string, set: Record<string, string>): Promise<RunningProxy> {
  return startPassThroughProxy(target, {
    reply: (reply, response) => {
      const headers = { ...reply.headers };
      for (const [name, value] of Object.entries(set)) headers[name.toLowerCase()] = value;
      response.writeHead(reply.statusCode ?? 502, headers);
      reply.pipe(response);
    },
  });
}
