import type { onRequestAsyncHookHandler } from 'fastify';
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
  if (mediaType(request.headers['content-type']) !== 'application/json') {
    throw new HttpError(415, 'Send the request body as JSON with Content-Type: application/json');
  }
};
