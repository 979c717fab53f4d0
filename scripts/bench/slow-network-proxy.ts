/**
 * A pass-through HTTP proxy that behaves like a phone's mobile network: each request waits one round trip before
 * its answer starts, and every answer shares one downlink of limited bandwidth. Lighthouse's mobile profile
 * ("Slow 4G": 150 ms round trip, 1.6 Mbit/s down) by default.
 *
 * Chromium's own network emulation (CDP `Network.emulateNetworkConditions`) applies to a page's requests, not to
 * those its service worker makes while it installs: what bench:offline measures is precisely the latter.
 */
import { startPassThroughProxy, type RunningProxy } from '../../tests/browser/pass-through-proxy';

export interface NetworkProfile {
  roundTripMs: number;
  downlinkBitsPerSecond: number;
}

export const SLOW_4G: NetworkProfile = { roundTripMs: 150, downlinkBitsPerSecond: 1.6e6 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startSlowNetworkProxy(target: string, profile: NetworkProfile = SLOW_4G): Promise<RunningProxy> {
  const bytesPerMs = profile.downlinkBitsPerSecond / 8 / 1000;
  /** When the shared downlink is free again: chunks of all answers queue on it, in arrival order. */
  let downlinkFreeAt = 0;
  return startPassThroughProxy(target, {
    reply: async (reply, response, sentAt) => {
      // The request's way up and the answer's first byte's way down: one round trip since it was sent.
      await sleep(Math.max(0, profile.roundTripMs - (performance.now() - sentAt)));
      response.writeHead(reply.statusCode ?? 502, reply.headers);
      for await (const chunk of reply as AsyncIterable<Buffer>) {
        const now = performance.now();
        downlinkFreeAt = Math.max(now, downlinkFreeAt) + chunk.length / bytesPerMs;
        await sleep(downlinkFreeAt - now);
        if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
      }
      response.end();
    },
  });
}
