import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PREFERENCES_SCRIPT } from '../../src/shared/preferences-script';

/** CSP source for the one inline script of every page (theme and text size before the first paint). */
export const PREFERENCES_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PREFERENCES_SCRIPT).digest('base64')}'`;

/**
 * Content-Security-Policy for the app shell.
 *
 * - No 'unsafe-inline' / 'unsafe-eval' for scripts: the build emits external module scripts and one inline
 *   script, allowed by its hash alone (src/shared/preferences-script.ts); any other inline script is injected.
 * - style-src 'self' only: React writes `style={...}` through the CSSOM
 *   (element.style.x = ...), which CSP does not govern, so the app needs no
 *   inline-style allowance either.
 * - img-src data: because small icons may be inlined by the bundler.
 * - worker-src/manifest-src 'self': the service worker and web manifest are ours.
 * - frame-ancestors 'none' + base-uri 'none' + object-src 'none': no framing
 *   (clickjacking), no <base> hijacking of relative URLs, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${PREFERENCES_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Powerful features the app never uses, denied so injected content cannot use them either (sensors, devices,
 * screen capture, clipboard reading, ad topics). Only names Chromium recognises: an unknown one logs a console
 * warning on every page. Deliberately NOT denied: publickey-credentials-get/create (WebAuthn unlock is
 * planned, issue #6), clipboard-write, fullscreen, storage-access.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'local-fonts=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'window-management=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers sent on every response, whatever its status or origin (route, static file, error). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Guide URLs can reveal which situation a professional is dealing with; never leak them.
  'referrer-policy': 'no-referrer',
  'permissions-policy': PERMISSIONS_POLICY,
  // No Cross-Origin-Opener-Policy: it made every cold start of the installed app start a second renderer
  // process (1.63–1.70× the floor instead of 1.21–1.24×, bench:coldstart); docs/SERVER.md, "Security headers",
  // weighs it and shows how an operator adds it back at the proxy (the service worker then serves it with every
  // page too).
  'cross-origin-resource-policy': 'same-origin',
  // Legacy twin of frame-ancestors for browsers that ignore CSP level 2.
  'x-frame-options': 'DENY',
};

/**
 * Only meaningful over TLS: browsers ignore HSTS on plain http, and sending it
 * from a dev server on http://127.0.0.1 would only confuse. Behind a TLS
 * terminating proxy, `request.protocol` reflects X-Forwarded-Proto only when
 * TRUST_PROXY is set, so a client cannot fake it.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  if (request.protocol === 'https') {
    reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  }
}

/** The same headers as raw header lines, for responses written straight to the socket. */
export function rawSecurityHeaderLines(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
}
