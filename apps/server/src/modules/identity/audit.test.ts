import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import type { Tenant } from '../tenants/index.ts';
import { createOfficer, verifyAudit } from './index.ts';
import {
  buildIdentityTestApp,
  newKeyProvider,
  sessionCookie,
  testClock,
  unitEids,
} from './testing/identity-test-app.ts';

const PASSWORD = 'Hồ Dầu Tiếng 2025';
const clock = testClock();
let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;

async function signIn(username: string, password: string) {
  return app.inject({ method: 'POST', url: `/api/v1/${tenant.slug}/auth/login`, payload: { username, password } });
}

interface AuditRow {
  seq: number;
  actor_id: string | null;
  action: string;
  subject_id: string | null;
  detail: string;
}

async function auditRows(): Promise<AuditRow[]> {
  const result = await db.database.pool.query<AuditRow>(
    'select seq, actor_id, action, subject_id, detail from audit_log where tenant_id = $1 order by seq',
    [tenant.id],
  );
  return result.rows;
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database);
  const keyProvider = newKeyProvider();
  app = (await buildIdentityTestApp({ database: db.database, keyProvider, clock })).app;
  const [centre = ''] = await unitEids(db.database, tenant.id);
  const input = { username: 'audited@test', fullName: 'Lý Văn Ký', unitEid: centre, roles: [], password: PASSWORD };
  await createOfficer({ database: db.database, keyProvider, now: clock.now }, tenant.id, input);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('audit of officer sign-in', () => {
  it('records each outcome, without passwords or unknown usernames, on a chain that verifies', async () => {
    await signIn('stranger@test', 'a guessed password');
    for (let i = 0; i < 5; i += 1) await signIn('audited@test', `wrong password ${i}`);
    await signIn('audited@test', PASSWORD);
    clock.advance(15 * 60_000);
    const ok = await signIn('audited@test', PASSWORD);
    const csrf = ok.json<{ csrfToken: string }>().csrfToken;
    await app.inject({
      method: 'POST',
      url: `/api/v1/${tenant.slug}/auth/logout`,
      cookies: { motcua_session: sessionCookie(ok)?.value ?? '' },
      headers: { 'x-csrf-token': csrf },
    });

    const rows = await auditRows();
    expect(rows.map((r) => r.action)).toEqual([
      'officer.create',
      'officer.login_failed',
      ...Array<string>(5).fill('officer.login_failed'),
      'officer.locked',
      'officer.login_refused',
      'officer.login',
      'officer.logout',
    ]);
    const unknown = rows[1];
    expect(unknown?.actor_id).toBeNull();
    expect(JSON.parse(unknown?.detail ?? '')).toEqual({ reason: 'unknown_user' });
    const text = JSON.stringify(rows);
    for (const secret of [PASSWORD, 'a guessed password', 'stranger', 'wrong password', csrf]) {
      expect(text).not.toContain(secret);
    }
    expect(await verifyAudit(db.database, tenant.id)).toEqual({ ok: true, rows: rows.length });
  });

  it('detects a tampered row', async () => {
    const rows = await auditRows();
    const target = rows.find((r) => r.action === 'officer.locked');
    expect(target).toBeDefined();
    await db.database.pool.query('alter table audit_log disable trigger audit_log_append_only');
    try {
      await db.database.pool.query(`update audit_log set action = 'officer.login' where tenant_id = $1 and seq = $2`, [
        tenant.id,
        target?.seq,
      ]);
    } finally {
      await db.database.pool.query('alter table audit_log enable trigger audit_log_append_only');
    }
    expect(await verifyAudit(db.database, tenant.id)).toEqual({ ok: false, rows: rows.length, brokenAt: target?.seq });
  });

  it('keeps the log append-only for everyone else', async () => {
    await expect(
      db.database.pool.query(`update audit_log set action = 'x' where tenant_id = $1`, [tenant.id]),
    ).rejects.toThrow(/append-only/);
  });
});
