import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { addSynonym } from './index.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.database);
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

interface ListBody {
  items: { code: string; name: string; field: string; level: string; units: { eid: string }[] }[];
  total: number;
}

async function list(query: string): Promise<{ status: number; body: ListBody }> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/tay-ninh/procedures${query}` });
  return { status: res.statusCode, body: res.json<ListBody>() };
}

describe('GET /api/v1/{tenant}/procedures', () => {
  it('lists Đăng ký khai sinh first for "lam giay khai sinh"', async () => {
    const { status, body } = await list(`?q=${encodeURIComponent('lam giay khai sinh')}`);
    expect(status).toBe(200);
    expect(body.items[0]?.code).toBe('1.001193');
    expect(body.items[0]?.name).toMatch(/khai sinh/i);
  });

  it.each([
    ['khai sinh', '1.001193'],
    ['Đăng ký khai tử', '1.000656'],
    ['ĐĂNG KÝ KẾT HÔN', '1.000894'],
    ['dang ky tam tru', '1.004194'],
  ])('finds %s', async (q, code) => {
    const { body } = await list(`?q=${encodeURIComponent(q)}`);
    expect(body.items.slice(0, 3).map((i) => i.code)).toContain(code);
  });

  it('accepts decomposed (NFD) input like composed text', async () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    const { body } = await list(`?q=${encodeURIComponent(nfd)}`);
    expect(body.items[0]?.code).toBe('1.001193');
  });

  it('lists the whole catalogue with a total and pages it', async () => {
    const all = await list('?limit=100');
    expect(all.body.total).toBeGreaterThanOrEqual(25);
    expect(all.body.items).toHaveLength(all.body.total);
    const page = await list('?limit=5&offset=5');
    expect(page.body.items.map((i) => i.code)).toEqual(all.body.items.slice(5, 10).map((i) => i.code));
  });

  it('filters by level and names the units that receive each procedure', async () => {
    const { body } = await list('?level=commune&limit=100');
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.level).toBe('commune');
      expect(item.units.length).toBeGreaterThan(0);
    }
  });

  it('filters by field, given its name or its code', async () => {
    const byName = await list(`?field=${encodeURIComponent('Hộ tịch')}&limit=100`);
    const byCode = await list('?field=G15-TP07&limit=100');
    expect(byName.body.total).toBeGreaterThan(3);
    expect(byCode.body.items.map((i) => i.code)).toEqual(byName.body.items.map((i) => i.code));
    for (const item of byName.body.items) expect(item.field).toBe('Hộ tịch');
  });

  it('learns a word an admin adds to the province’s synonyms', async () => {
    const before = await list(`?q=${encodeURIComponent('giấy chào đời')}`);
    expect(before.body.items[0]?.code).not.toBe('1.001193');
    const tenant = await db.database.pool.query<{ id: string }>(`select id from tenants where slug = 'tay-ninh'`);
    await addSynonym(db.database, tenant.rows[0]?.id ?? '', { term: 'giấy chào đời', expansion: 'khai sinh' });
    const after = await list(`?q=${encodeURIComponent('giay chao doi')}`);
    expect(after.body.items[0]?.code).toBe('1.001193');
  });

  it('answers 404 problem+json for an unknown province', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/atlantis/procedures' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, code: 'TENANT.NOT_FOUND' });
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?offset=-1', 'offset'],
    ['?level=district', 'level'],
  ])('answers 400 naming the parameter for %s', async (query, name) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/tay-ninh/procedures${query}` });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; detail: string; errors: { pointer: string }[] }>();
    expect(body.code).toBe('REQUEST.INVALID');
    expect(body.detail).toContain(name);
    expect(body.errors.map((e) => e.pointer)).toContain(`/query/${name}`);
  });
});

describe('GET /api/v1/{tenant}/procedures/{code}', () => {
  it('returns the published version with documents per case, fees, limits and the e-form', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/procedures/1.001193' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      version: number;
      cases: { key: string; documents: { key: string; originals: number; copies: number }[] }[];
      channels: unknown[];
      legalBasis: unknown[];
      form?: { schema: { examples: unknown[] } };
    }>();
    expect(body.version).toBe(1);
    expect(body.cases.length).toBeGreaterThan(0);
    expect(body.cases[0]?.documents.length).toBeGreaterThan(0);
    expect(body.channels.length).toBeGreaterThan(0);
    expect(body.legalBasis.length).toBeGreaterThan(0);
    expect(body.form?.schema.examples.length).toBeGreaterThan(0);
  });

  it('answers 404 problem+json for an unknown code and 400 for a malformed one', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/procedures/9.999999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'CATALOG.PROCEDURE_NOT_FOUND' });
    const malformed = await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/procedures/abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ detail: string }>().detail).toContain('code');
  });
});

describe('operations endpoints', () => {
  it('serves the OpenAPI document with the catalogue routes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/{tenant}/procedures', '/api/v1/{tenant}/procedures/{code}']),
    );
  });

  it('serves Swagger UI, health, readiness and metrics', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('motcua_http_request_duration_seconds');
  });

  it('answers unknown routes with problem+json', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v2/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'REQUEST.NOT_FOUND' });
  });
});
