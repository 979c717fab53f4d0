import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { ERROR_CODES } from '../../src/shared/protocol/protocol';
import { HttpError } from './errors';

/** Media type of a Content-Type header value, lower-cased, without parameters (`; charset=utf-8`). */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase();
}

/**
 * [S1] onRequest hook of JSON-body endpoints: anything but `application/json` is a 415 before the body is read
 * (Fastify would otherwise accept text/plain and hand the route a string).
 */
export const requireJsonBody: onRequestAsyncHookHandler = async (request) => {
  const contentType = request.headers['content-type'];
  if (mediaType(contentType) !== 'application/json') {
    throw new HttpError(415, 'Send the request body as JSON with Content-Type: application/json');
  }
  // JSON is UTF-8 (RFC 8259); a body announced in another charset would be misread, not refused (issue #13).
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'Send JSON in UTF-8 (Content-Type: application/json; charset=utf-8)');
  }
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Replaces Fastify's JSON parser with one that refuses a body that is not valid UTF-8 (400) instead of storing
 * U+FFFD in place of the bad bytes; the parsing itself, with its `__proto__` protection, is Fastify's own.
 */
export function strictUtf8Json(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(raw as Buffer);
    } catch {
      done(new HttpError(400, 'The request body is not valid UTF-8', { code: ERROR_CODES.badRequest }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
