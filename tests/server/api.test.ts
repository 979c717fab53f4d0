import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../../server/http/errors';
import { memoryStores } from '../../server/store/memory-stores';
import { sqliteStores } from '../../server/store/sqlite-stores';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    beforeListen(app) {
      // Test-only routes exercising the error handler the way future API routes will.
      app.get('/api/test/boom', async () => {
        throw new Error('SQLITE_CORRUPT at /srv/data/limits-terrain.sqlite');
      });
      app.post('/api/test/echo', async (request) => {
        return z.object({ name: z.string().min(1) }).parse(request.body);
      });
      app.get('/api/test/teapot', async () => {
        throw new HttpError(429, 'Slow down', { headers: { 'retry-after': '30' } });
      });
    },
  });
});
afterAll(async () => {
  await server.close();
});

async function expectJsonError(response: Response, status: number, error: string): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'message']);
  expect(body.error).toBe(error);
  expect(typeof body.message).toBe('string');
  return body.message as string;
}

describe('GET /api/v1/health', () => {
  it('reports ok with the version, the database it really uses and that it can write, never cached', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9-test', db: 'sqlite', writable: true });
  });

  it('reports 503 when the database is unusable', async () => {
    const broken = await startTestServer();
    try {
      broken.db.close();
      const response = await fetch(`${broken.baseUrl}/api/v1/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'error', version: '9.9.9-test', db: 'sqlite', writable: false });
    } finally {
      await broken.close();
    }
  });

  it('reports 503 when the database can be read but not written (a full disk, a read-only mount)', async () => {
    const { buildApp } = await import('../../server/app');
    const { default: Database } = await import('better-sqlite3');
    const readOnly = new Database(`${server.dataDir}/limits-terrain.sqlite`, { readonly: true });
    const app = await buildApp({ distDir: server.distDir, stores: sqliteStores(readOnly) });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'error', db: 'sqlite', writable: false });
    } finally {
      await app.close();
      readOnly.close();
    }
  });

  it('defaults the version to package.json', async () => {
    const { buildApp } = await import('../../server/app');
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    const app = await buildApp({ distDir: server.distDir, stores: server.stores });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.json()).toMatchObject({ version: pkg.version });
    } finally {
      await app.close();
    }
  });

  it('names the memory store when the app runs on it, and 503 once it is closed', async () => {
    const { buildApp } = await import('../../server/app');
    const stores = memoryStores();
    const app = await buildApp({ distDir: server.distDir, stores, version: '1' });
    try {
      const health = () => app.inject({ method: 'GET', url: '/api/v1/health' });
      expect((await health()).json()).toEqual({ status: 'ok', version: '1', db: 'memory', writable: true });
      await stores.close();
      const closed = await health();
      expect(closed.statusCode).toBe(503);
      expect(closed.json()).toEqual({ status: 'error', version: '1', db: 'memory', writable: false });
    } finally {
      await app.close();
    }
  });
});

describe('API errors', () => {
  it('unknown endpoint → 404 JSON, any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const message = await expectJsonError(
        await fetch(`${server.baseUrl}/api/v2/contacts`, { method }),
        404,
        'not_found',
      );
      expect(message).toContain('/api/v2/contacts');
    }
  });

  it('wrong method on a real endpoint → 405 with Allow', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/health`, { method: 'PUT' });
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    await expectJsonError(response, 405, 'method_not_allowed');
  });

  it('malformed JSON → 400', async () => {
    const response = await fetch(`${server.baseUrl}/api/test/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":',
    });
    await expectJsonError(response, 400, 'bad_request');
  });

  it('schema violation (zod) → 400 invalid_request naming the field', async () => {
    const response = await fetch(`${server.baseUrl}/api/test/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 42 }),
    });
    expect(await expectJsonError(response, 400, 'invalid_request')).toContain('name');
  });

  it('unsupported content type → 415', async () => {
    const response = await fetch(`${server.baseUrl}/api/test/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<name>x</name>',
    });
    await expectJsonError(response, 415, 'unsupported_media_type');
  });

  it('body over the limit → 413', async () => {
    const response = await fetch(`${server.baseUrl}/api/test/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    await expectJsonError(response, 413, 'payload_too_large');
  });

  it('HttpError keeps its status and headers (429 + Retry-After)', async () => {
    const response = await fetch(`${server.baseUrl}/api/test/teapot`);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await expectJsonError(response, 429, 'too_many_requests')).toBe('Slow down');
  });

  it('a crash → 500 JSON without internal details', async () => {
    const response = await fetch(`${server.baseUrl}/api/test/boom`);
    const message = await expectJsonError(response, 500, 'internal_server_error');
    expect(message).toBe('Internal server error');
  });

  it('malformed percent-encoding in the URL → 400 JSON', async () => {
    await expectJsonError(await fetch(`${server.baseUrl}/api/%E0%A4%A`), 400, 'bad_request');
  });
});
