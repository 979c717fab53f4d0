import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ERROR_CODES } from '../../src/shared/protocol/protocol';
import { issueMessage } from '../contacts/prepare-contact';
import { applySecurityHeaders, rawSecurityHeaderLines } from './security-headers';

/** The one error shape every endpoint answers with. */
export interface ErrorBody {
  /** Stable snake_case identifier clients can branch on. */
  error: string;
  /** Human-readable explanation, safe to show (never a stack or internal detail). */
  message: string;
}

/** Throw from a handler to answer with a specific status, code and optional headers (e.g. Allow). */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(statusCode: number, message: string, options: { code?: string; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = options.code ?? errorCodeForStatus(statusCode);
    this.headers = options.headers ?? {};
  }
}

/** "Payload Too Large" → "payload_too_large"; derived so every status gets a code. */
export function errorCodeForStatus(status: number): string {
  const phrase = STATUS_CODES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function statusOf(error: FastifyError | Error): number {
  const raw = (error as { statusCode?: unknown }).statusCode;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 400 && raw <= 599) return raw;
  // Validation failures from a handler's zod schema are the client's fault, not ours.
  if (error instanceof ZodError) return 400;
  return 500;
}

function describe(error: FastifyError | Error, status: number): ErrorBody {
  // A route's own HttpError says what it means to, 5xx included (507 storage_quota_exceeded).
  if (error instanceof HttpError) return { error: error.code, message: error.message };
  if (status >= 500) {
    // Internal details (SQL, paths, stack) stay in the log.
    return { error: errorCodeForStatus(status), message: 'Internal server error' };
  }
  if (error instanceof ZodError) {
    const message = error.issues
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issueMessage(issue)}`)
      .join('; ');
    return { error: ERROR_CODES.invalidRequest, message };
  }
  if ((error as FastifyError).validation) {
    return { error: ERROR_CODES.invalidRequest, message: error.message };
  }
  return { error: errorCodeForStatus(status), message: error.message || STATUS_CODES[status] || 'Error' };
}

export function sendError(reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  // A transient error must never be cached by the browser or a proxy, and the
  // service worker must not mistake it for the real resource.
  return reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
}

/** setErrorHandler: maps any thrown/sent error to `{ error, message }` with a 4xx/5xx status. */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = statusOf(error);
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
  } else if (error instanceof ZodError) {
    // Issue messages can quote the sender's keys (unrecognized_keys), which may be contact content: log the
    // issue codes only. The client still gets the full message.
    request.log.info({ status, issues: [...new Set(error.issues.map((issue) => issue.code))] }, 'invalid request');
  } else {
    // Only the error's own message is logged: request bodies can hold personal data.
    request.log.info({ status, code: (error as FastifyError).code }, error.message);
  }
  // Headers a static file set before failing (etag, immutable caching, length) must not leak
  // onto the error response.
  for (const name of ['etag', 'last-modified', 'content-disposition', 'accept-ranges', 'vary']) {
    reply.removeHeader(name);
  }
  if (error instanceof HttpError) reply.headers(error.headers);
  return sendError(reply, status, describe(error, status));
}

/**
 * Errors raised by the router before any route or hook runs (malformed
 * percent-encoding in the URL, over-long parameters): onRequest hooks are
 * skipped there, so security headers are applied here.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  applySecurityHeaders(request, reply);
  const status = statusOf(error) >= 500 ? 400 : statusOf(error);
  void sendError(reply, status, {
    error: errorCodeForStatus(status),
    message: error.message || 'Malformed request',
  });
}

/**
 * Requests Node's HTTP parser rejects never reach Fastify; Fastify's default
 * writes a bare JSON 400 without our headers or error shape. Mirrors its
 * status choices (408 timeout, 431 header overflow, 400 otherwise).
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  let message = 'Malformed HTTP request';
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    message = 'Request timed out';
  } else if (error.code === 'HPE_HEADER_OVERFLOW') {
    status = 431;
    message = 'Request headers are too large';
  }
  this.log.debug({ code: error.code }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ error: errorCodeForStatus(status), message } satisfies ErrorBody);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        'connection: close\r\n' +
        'content-type: application/json; charset=utf-8\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        'cache-control: no-store\r\n' +
        rawSecurityHeaderLines() +
        `\r\n${body}`,
    );
  }
  socket.destroy(error);
}
