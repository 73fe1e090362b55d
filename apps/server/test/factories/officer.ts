import type { FastifyInstance } from 'fastify';
import { createOfficer } from '../../src/modules/identity/index.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { testMasterKey } from '../app.ts';

/** A password that passes the policy, for every test officer. */
export const TEST_PASSWORD = 'Mật-khẩu-đủ-dài-2026';

export interface OfficerSession {
  cookie: string;
  csrf: string;
}

/** An officer holding one role on one unit. */
export async function testOfficer(
  database: Database,
  tenantId: string,
  username: string,
  unitEid: string,
  role: 'intake' | 'processor' | 'leader' | 'admin' = 'intake',
): Promise<void> {
  await createOfficer({ database, keyProvider: masterKeyProvider(testMasterKey) }, tenantId, {
    username,
    fullName: 'Cán bộ thử nghiệm',
    unitEid,
    roles: [{ unitEid, role }],
    password: TEST_PASSWORD,
  });
}

/** Signs in over HTTP and returns the session cookie and CSRF token; throws if sign-in fails. */
export async function loginOfficer(app: FastifyInstance, tenant: string, username: string): Promise<OfficerSession> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/${tenant}/auth/login`,
    payload: { username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.statusCode}`);
  return {
    cookie: String(res.headers['set-cookie']).split(';')[0] ?? '',
    csrf: res.json<{ csrfToken: string }>().csrfToken,
  };
}
