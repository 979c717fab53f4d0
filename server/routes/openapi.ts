import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  API_BASE,
  ContactBodySchema,
  ContactHistorySchema,
  ContactSchema,
  CONTACT_KINDS,
  ContactsPageSchema,
  CONTACTS_PATH,
  DEFAULT_PAGE_LIMIT,
  ErrorBodySchema,
  EXPORT_CSV_PATH,
  INVITE_CHECK_PATH,
  InviteInfoSchema,
  InviteRequestSchema,
  JOIN_PATH,
  JoinResponseSchema,
  MAX_PAGE_LIMIT,
  ME_PATH,
  MeResponseSchema,
  SYNC_PATH,
  SyncRequestSchema,
  SyncResponseSchema,
  SyncResultSchema,
} from '../../src/shared/protocol/protocol';
import {
  DIRECTORY_PATH,
  DirectoryEntrySchema,
  DirectoryPutRequestSchema,
  DirectorySchema,
  MAX_DIRECTORY_ENTRIES,
} from '../../src/shared/directory/schema';
import { STATS_PATH, StatsResponseSchema } from '../../src/shared/protocol/stats';

export const OPENAPI_PATH = `${API_BASE}/openapi.json`;

const HealthSchema = z.strictObject({
  status: z.enum(['ok', 'error']),
  version: z.string(),
  db: z.enum(['ok', 'error']),
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('Error') });

/** The zod schemas of src/shared/protocol/protocol.ts and src/shared/directory/schema.ts as OpenAPI 3.1 components (JSON Schema 2020-12). */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named: Array<[string, z.ZodType]> = [
    ['ContactBody', ContactBodySchema],
    ['Contact', ContactSchema],
    ['SyncRequest', SyncRequestSchema],
    ['SyncResult', SyncResultSchema],
    ['SyncResponse', SyncResponseSchema],
    ['ContactsPage', ContactsPageSchema],
    ['Me', MeResponseSchema],
    ['ContactHistory', ContactHistorySchema],
    ['StatsResponse', StatsResponseSchema],
    ['InviteRequest', InviteRequestSchema],
    ['InviteInfo', InviteInfoSchema],
    ['JoinResponse', JoinResponseSchema],
    ['DirectoryEntry', DirectoryEntrySchema],
    ['Directory', DirectorySchema],
    ['DirectoryPutRequest', DirectoryPutRequestSchema],
    ['Error', ErrorBodySchema],
    ['Health', HealthSchema],
  ];
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  // Each generated schema carries its own $schema/$id; inside an OpenAPI document they are implied.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

const common = {
  401: error('Missing, invalid or revoked token (WWW-Authenticate: Bearer)'),
  429: error('Rate limited; wait Retry-After seconds'),
};

export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const bearer = [{ bearer: [] }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'LIMITS Terrain team sync API',
      version,
      description: 'Protocol rules: docs/SPEC.md. Every error is JSON { error, message }.',
    },
    paths: {
      [`${API_BASE}/health`]: {
        get: {
          summary: 'Liveness and database check',
          responses: {
            200: { description: 'OK', content: json('Health') },
            503: { description: 'Database unavailable', content: json('Health') },
          },
        },
      },
      [OPENAPI_PATH]: { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      [SYNC_PATH]: {
        post: {
          summary: 'Upload a batch of contacts (workers and coordinators)',
          security: bearer,
          requestBody: { required: true, content: json('SyncRequest') },
          responses: {
            200: { description: 'One result per sent contact, in order', content: json('SyncResponse') },
            400: error('Malformed JSON or invalid envelope (invalid_request)'),
            ...common,
            413: error('Body over 1 MiB (payload_too_large) or over 500 contacts (batch_too_large)'),
            415: error('Content-Type is not application/json'),
          },
        },
      },
      [ME_PATH]: {
        get: {
          summary: 'Who this token is',
          security: bearer,
          responses: { 200: { description: 'OK', content: json('Me') }, ...common },
        },
      },
      [`${CONTACTS_PATH}/{id}/history`]: {
        get: {
          summary: 'Every revision the server kept of one contact, with the token that wrote it (coordinators, [S98])',
          security: bearer,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            200: { description: 'Oldest first, the current revision last', content: json('ContactHistory') },
            400: error('Malformed id (invalid_request)'),
            ...common,
            404: error('No contact with this id in the team'),
          },
        },
      },
      [STATS_PATH]: {
        get: {
          summary:
            "The team's statistics: aggregates only, counts under the threshold null, others rounded to 5 (coordinators, [S100]–[S109])",
          security: bearer,
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            { name: 'group', in: 'query', required: false, schema: { type: 'string', enum: ['week', 'month'] } },
            { name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: [...CONTACT_KINDS] } },
            {
              name: 'scheme',
              in: 'query',
              required: false,
              schema: { type: 'string', maxLength: 60, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            },
          ],
          responses: {
            200: {
              description: 'The period really used (snapped), its figures and the previous period',
              content: json('StatsResponse'),
            },
            400: error('Invalid query (invalid_request)'),
            ...common,
            403: error('Not a coordinator token'),
            422: error('Period longer than 732 days once snapped, or before 2000 (unprocessable_entity)'),
          },
        },
      },
      [INVITE_CHECK_PATH]: {
        post: {
          summary: 'What an invite joins, without using it ([S94])',
          requestBody: { required: true, content: json('InviteRequest') },
          responses: {
            200: { description: 'The team, role and label of the invite', content: json('InviteInfo') },
            400: error('Malformed JSON or invalid body'),
            401: error('Unknown, expired or used invite (invalid_invite)'),
            415: error('Content-Type is not application/json'),
            429: error('Too many failed attempts'),
          },
        },
      },
      [JOIN_PATH]: {
        post: {
          summary: "Exchange an invite for this device's long-lived token, once ([S94])",
          requestBody: { required: true, content: json('InviteRequest') },
          responses: {
            200: { description: 'The new token and whom it speaks for', content: json('JoinResponse') },
            400: error('Malformed JSON or invalid body'),
            401: error('Unknown, expired or used invite (invalid_invite)'),
            415: error('Content-Type is not application/json'),
            429: error('Too many failed attempts'),
          },
        },
      },
      [CONTACTS_PATH]: {
        get: {
          summary: "The team's contacts changed since a cursor (coordinators)",
          security: bearer,
          parameters: [
            {
              name: 'since',
              in: 'query',
              required: false,
              schema: { type: 'string', pattern: '^(0|[1-9][0-9]{0,14})$' },
            },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT },
            },
          ],
          responses: {
            200: { description: 'A page, in change order', content: json('ContactsPage') },
            400: error('Invalid query (invalid_request)'),
            ...common,
            403: error('Not a coordinator token'),
          },
        },
      },
      [EXPORT_CSV_PATH]: {
        get: {
          summary: 'Every live contact of the team as CSV (coordinators)',
          security: bearer,
          responses: {
            200: {
              description: 'RFC 4180 CSV with a header row',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            ...common,
            403: error('Not a coordinator token'),
          },
        },
      },
      [DIRECTORY_PATH]: {
        get: {
          summary: "The team's local directory (workers and coordinators); version 0 when never published",
          security: bearer,
          parameters: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'The current version, with ETag and Cache-Control: private, no-cache',
              content: json('Directory'),
            },
            304: { description: 'Not modified: the ETag sent in If-None-Match is still current' },
            ...common,
          },
        },
        put: {
          summary: `Publish the team's directory, at most ${MAX_DIRECTORY_ENTRIES} entries (coordinators)`,
          description:
            'Replaces the whole list. Same content as the current version: 200, nothing written. Otherwise a new ' +
            'version (current + 1), unless baseVersion is given and is not the current version (409).',
          security: bearer,
          requestBody: { required: true, content: json('DirectoryPutRequest') },
          responses: {
            200: { description: 'The directory now current, with its ETag', content: json('Directory') },
            400: error('Malformed JSON (bad_request) or invalid envelope (invalid_request)'),
            ...common,
            403: error('Not a coordinator token'),
            409: error('baseVersion is not the current version (version_conflict); ETag is the current one'),
            413: error('Body over 1 MiB (payload_too_large)'),
            415: error('Content-Type is not application/json'),
            422: error('Invalid entries (invalid_directory): "entries.<i>.<field>: problem" pairs'),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'lt_ + 43 base64url characters' } },
    },
  };
}

/** GET /api/v1/openapi.json: public, like /health (it describes the API, not any data). */
export function registerOpenApiRoute(app: FastifyInstance, version: string): void {
  let document: string | undefined;
  app.get(OPENAPI_PATH, async (_request, reply) => {
    document ??= JSON.stringify(buildOpenApiDocument(version));
    return reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(document);
  });
}
