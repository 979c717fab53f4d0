import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, body, contact, startSyncServer, sync, type SyncTestServer } from './sync-helpers';

interface JsonSchema {
  additionalProperties?: unknown;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  maxLength?: number;
  enum?: unknown[];
  minItems?: number;
  maxItems?: number;
  oneOf?: unknown[];
}

interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { security?: unknown }>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

describe('GET /api/v1/openapi.json', () => {
  let server: SyncTestServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('[S53] serves an OpenAPI 3.1 document, without authentication', async () => {
    const response = await api<OpenApiDocument>(server, '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = response.json;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('9.9.9-test');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/sync',
        '/api/v1/me',
        '/api/v1/contacts',
        '/api/v1/export.csv',
        '/api/v1/health',
      ]),
    );
    expect(doc.paths['/api/v1/sync']?.post?.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('[S53] its schemas come from the zod ones: strict objects, enums and limits, every $ref resolves', async () => {
    const doc = (await api<OpenApiDocument>(server, '/api/v1/openapi.json')).json;
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Contact', 'ContactBody', 'SyncRequest', 'SyncResponse', 'ContactsPage', 'Error']),
    );
    const contactBody = schemas.ContactBody!;
    expect(contactBody.additionalProperties).toBe(false);
    expect(contactBody.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'occurredAt', 'ageBands', 'topics', 'signals', 'schemes']),
    );
    expect(contactBody.properties?.note?.maxLength).toBe(5000);
    expect(contactBody.properties?.kind?.enum).toEqual(['street', 'school', 'family', 'resident', 'partner', 'other']);
    expect(schemas.SyncRequest?.properties?.contacts).toMatchObject({ minItems: 1, maxItems: 500 });
    expect(schemas.Contact?.oneOf).toHaveLength(2);

    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(schemas).toHaveProperty([ref as string]);
    expect(JSON.stringify(doc)).not.toMatch(/"\$schema"|"\$id"/);
  });
});

describe('logs', () => {
  it('[S52] carry request ids, routes, statuses and counts, never contact content, tokens or client addresses', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const server = await startSyncServer({ logger: { level: 'debug', stream } });
    const SECRET = 'Kevin-0612345678';
    try {
      const c = contact({ body: body({ note: `met ${SECRET}`, place: `${SECRET} square` }) });
      await sync(server, server.a.worker, [c, { ...contact(), body: { ...body(), note: SECRET, nickname: SECRET } }]);
      await sync(server, server.a.worker, [{ ...c, body: body({ note: `edited ${SECRET}` }) }]);
      const post = (payload: string, type = 'application/json') =>
        api(server, '/api/v1/sync', {
          method: 'POST',
          token: server.a.worker,
          headers: { 'content-type': type },
          body: payload,
        });
      await post(`{"contacts":[{"note":"${SECRET}"`);
      await post(JSON.stringify({ contacts: [], [SECRET]: 1 }));
      await post(JSON.stringify({ contacts: [c] }), 'text/plain');
      await api(server, `/api/v1/contacts?since=0&${SECRET}=1`, { token: server.a.coordinator });
      await api(server, '/api/v1/contacts', { token: server.a.coordinator });
      await api(server, '/api/v1/export.csv', { token: server.a.coordinator });
      await api(server, '/api/v1/me', { token: `lt_${SECRET}` });
    } finally {
      await server.close();
    }
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(server.a.worker);
    expect(all).not.toContain(server.a.coordinator);
    const requestLines = lines.filter((line) => line.includes('"reqId"')).join('\n');
    expect(requestLines).not.toMatch(/authorization|remoteAddress|remotePort|127\.0\.0\.1/i);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const syncLine = parsed.find((entry) => entry.msg === 'sync');
    expect(syncLine).toMatchObject({ contacts: 2, created: 1, rejected: 1, reqId: expect.anything() });
    const completed = parsed.filter((entry) => entry.msg === 'request completed');
    expect(completed.length).toBeGreaterThan(5);
    expect(completed[0]).toMatchObject({ res: { statusCode: expect.any(Number) }, reqId: expect.anything() });
  });
});
