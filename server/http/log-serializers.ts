import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * [S52] What a log line may say about a request: method and path (no query string, no headers, no client
 * address), plus the request id Fastify adds. Contact content never reaches the log: bodies are not logged,
 * error messages are built from zod issue paths, and route log lines carry counts only.
 */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return { method: request.method, url: request.url.split('?', 1)[0] };
}

export function serializeReply(reply: FastifyReply): Record<string, unknown> {
  return { statusCode: reply.statusCode };
}

type LoggerOption = FastifyServerOptions['logger'];

/** The app's logger option with the privacy serializers and redaction added (false stays false). */
export function loggerOptions(logger: LoggerOption): LoggerOption {
  if (logger === false || logger === undefined) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: { req: serializeRequest as never, res: serializeReply as never, ...base.serializers },
    // Belt and braces, should a future log call pass headers along.
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
  };
}
