import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import type { Tenant } from '../tenants/index.ts';
import { DEMO_PASSWORD, seedDemoOfficers } from './index.ts';
import { buildIdentityTestApp, newKeyProvider, testClock } from './testing/identity-test-app.ts';

const clock = testClock();
const keyProvider = newKeyProvider();
let db: TestDatabase;
let tenant: Tenant;
let demoApp: FastifyInstance;
let productionApp: FastifyInstance;

function signIn(app: FastifyInstance, username: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ({ tenant } = await seedDemo(db.database));
  demoApp = (
    await buildIdentityTestApp({ database: db.database, keyProvider, clock, mode: 'demo', rootCookies: false })
  ).app;
  productionApp = (await buildIdentityTestApp({ database: db.database, keyProvider, clock, mode: 'production' })).app;
});
afterAll(async () => {
  await demoApp.close();
  await productionApp.close();
  await db.drop();
});

describe('seedDemoOfficers', () => {
  it('creates the four demo officers once', async () => {
    const deps = { database: db.database, keyProvider, now: clock.now };
    const usernames = ['intake@tay-ninh', 'processor@tay-ninh', 'leader@tay-ninh', 'admin@tay-ninh'];
    expect(await seedDemoOfficers(deps, tenant)).toEqual({ created: usernames, skipped: [] });
    expect(await seedDemoOfficers(deps, tenant)).toEqual({ created: [], skipped: usernames });
  });

  it.each([
    [
      'intake@tay-ninh',
      [
        ['000.00.00.H53', 'intake'],
        ['000.20.01.H53', 'intake'],
      ],
    ],
    [
      'processor@tay-ninh',
      [
        ['000.00.00.H53', 'processor'],
        ['000.00.01.H53', 'processor'],
        ['000.20.01.H53', 'processor'],
      ],
    ],
    [
      'leader@tay-ninh',
      [
        ['000.00.00.H53', 'leader'],
        ['000.00.01.H53', 'leader'],
        ['000.20.01.H53', 'leader'],
      ],
    ],
    ['admin@tay-ninh', [['000.00.00.H53', 'admin']]],
  ])('%s signs in with the demo password in demo mode', async (username, grants) => {
    const response = await signIn(demoApp, username);
    expect(response.statusCode).toBe(200);
    const { officer } = response.json<{ officer: { roles: { unitEid: string; role: string }[] } }>();
    expect(officer.roles.map((r) => [r.unitEid, r.role])).toEqual(grants);
  });

  it('refuses the demo password outside demo mode', async () => {
    const response = await signIn(productionApp, 'admin@tay-ninh');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
  });
});
