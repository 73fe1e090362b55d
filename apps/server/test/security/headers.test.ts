import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';

let db: TestDatabase;
let app: FastifyInstance;
let crossOrigin: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.database, masterKeyProvider(testMasterKey));
  app = await buildTestApp(db);
  crossOrigin = await buildTestApp(db, { corsOrigins: ['https://h5.zdn.vn'] });
});
afterAll(async () => {
  await app.close();
  await crossOrigin.close();
  await db.drop();
});

/** A Content-Security-Policy as directive → sources. */
function directives(policy: unknown): Record<string, string> {
  return Object.fromEntries(
    String(policy)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  );
}

describe('browser security headers', () => {
  it('go with every answer: the policy of this system, HSTS, no sniffing, no framing by others', async () => {
    for (const url of [
      '/api/v1/tay-ninh/procedures',
      '/api/v1/tay-ninh/applications/NO-SUCH-CODE?key=ABCDEFGHJK',
      '/no/such/page',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(directives(res.headers['content-security-policy']), url).toEqual({
        'default-src': "'self'",
        'base-uri': "'self'",
        'connect-src': "'self'",
        'font-src': "'self' https: data:",
        'form-action': "'self'",
        'frame-ancestors': "'self'",
        'img-src': "'self' data: blob:",
        'object-src': "'none'",
        'script-src': "'self'",
        'script-src-attr': "'none'",
        'style-src': "'self' 'unsafe-inline'",
        'upgrade-insecure-requests': '',
      });
      expect(res.headers['strict-transport-security'], url).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });

  it('let the Mini App read answers across origins when CORS origins are configured', async () => {
    const res = await crossOrigin.inject({ method: 'GET', url: '/api/v1/tay-ninh/procedures' });
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('are left off the Zalo webhook, which only Zalo’s servers read', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/channels/zalo/webhook',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
