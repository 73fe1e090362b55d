import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAudit } from '../../src/modules/identity/index.ts';
import { withTx } from '../../src/platform/db/database.ts';
import { buildTestApp } from '../app.ts';
import { loginOfficer, testOfficer } from '../factories/officer.ts';
import { tenantWithUnits } from '../factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { as, fileDossier, seedProvinces, signInAll, type Province } from './kit.ts';

interface AuditRow {
  seq: number;
  at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  request_id: string | null;
  detail: string;
  prev_hash: string;
}

/** An entry's hash as the chain computes it: what a forger who read the code would recompute. */
function rowHash(row: AuditRow): string {
  const fields = [row.prev_hash, row.seq, row.at.toISOString(), row.actor_type, row.actor_id ?? '', row.action];
  const rest = [row.subject_type, row.subject_id ?? '', row.request_id ?? '', row.detail];
  return createHash('sha256')
    .update([...fields, ...rest].join('\u001f'))
    .digest('hex');
}

let db: TestDatabase;
let app: FastifyInstance;
let province: Province;

async function auditRows(tenantId: string): Promise<{ seq: number; action: string }[]> {
  const rows = await db.database.pool.query<{ seq: number; action: string }>(
    'select seq, action from audit_log where tenant_id = $1 order by seq',
    [tenantId],
  );
  return rows.rows;
}

/** Runs `change` as the database owner with the append-only trigger off: what an intruder with superuser could do. */
async function tamper(change: string, params: unknown[]): Promise<void> {
  const client = await db.database.pool.connect();
  try {
    await client.query('begin');
    await client.query('alter table audit_log disable trigger audit_log_append_only');
    await client.query(change, params);
    await client.query('alter table audit_log enable trigger audit_log_append_only');
    await client.query('commit');
  } finally {
    client.release();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  const seeded = await seedProvinces(db);
  app = await buildTestApp(db);
  province = await signInAll(app, db, seeded);
  // Entries written through the API: sign-ins (above), a filing with its upload, an acceptance, reads.
  const dossier = await fileDossier(app);
  await as(app, province, 'own', {
    method: 'POST',
    url: `/api/v1/tay-ninh/console/applications/${dossier.code}/actions/accept`,
    payload: {},
  });
  for (let i = 0; i < 3; i += 1) {
    await as(app, province, 'own', {
      method: 'GET',
      url: `/api/v1/tay-ninh/console/applications/${dossier.code}/documents/${dossier.uploadId}`,
    });
  }
  await loginOfficer(app, 'tinh-khac', 'far.intake');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the hash-chained audit log', () => {
  it('verifies for every province after real traffic', async () => {
    for (const tenant of [province.tenant, province.other]) {
      const rows = await auditRows(tenant.id);
      expect(rows.length).toBeGreaterThan(tenant === province.tenant ? 8 : 0);
      expect(await verifyAudit(db.database, tenant.id)).toEqual({ ok: true, rows: rows.length });
    }
  });

  it('cannot be changed or deleted through the application’s database role', async () => {
    const tenantId = province.tenant.id;
    await expect(
      withTx(db.database, tenantId, (tx) =>
        tx.execute(sql`update audit_log set action = 'x' where tenant_id = ${tenantId}`),
      ),
    ).rejects.toThrow();
    await expect(
      withTx(db.database, tenantId, (tx) => tx.execute(sql`delete from audit_log where tenant_id = ${tenantId}`)),
    ).rejects.toThrow();
  });

  it('names the first entry changed by someone with superuser rights, and leaves other provinces’ chains intact', async () => {
    const tenantId = province.tenant.id;
    const rows = await auditRows(tenantId);
    const read = rows.find((r) => r.action === 'upload.read');
    expect(read).toBeDefined();
    await tamper(`update audit_log set detail = '{"variant":"thumbnail"}' where tenant_id = $1 and seq = $2`, [
      tenantId,
      read?.seq,
    ]);
    expect(await verifyAudit(db.database, tenantId)).toEqual({ ok: false, rows: rows.length, brokenAt: read?.seq });
    const other = await auditRows(province.other.id);
    expect(await verifyAudit(db.database, province.other.id)).toEqual({ ok: true, rows: other.length });
  });

  it('names the entry after a forged one whose own hash was recomputed', async () => {
    const tenantId = province.other.id;
    await loginOfficer(app, 'tinh-khac', 'far.admin');
    const rows = await db.database.pool.query<AuditRow>(
      `select seq, at, actor_type, actor_id, action, subject_type, subject_id, request_id, detail, prev_hash
         from audit_log where tenant_id = $1 order by seq`,
      [tenantId],
    );
    const target = rows.rows[0];
    expect(rows.rows.length).toBeGreaterThan(1);
    if (!target) return;
    const forged = { ...target, action: 'officer.logout' };
    await tamper('update audit_log set action = $3, hash = $4 where tenant_id = $1 and seq = $2', [
      tenantId,
      target.seq,
      forged.action,
      rowHash(forged),
    ]);
    expect(await verifyAudit(db.database, tenantId)).toEqual({
      ok: false,
      rows: rows.rows.length,
      brokenAt: target.seq + 1,
    });
  });

  it('names the entry after one deleted from the middle', async () => {
    const third = await tenantWithUnits(db.database, 'tinh-thu-ba');
    const centre =
      (
        await db.database.pool.query<{ eid: string }>(
          `select eid from units where tenant_id = $1 and eid like '000.00.00.%'`,
          [third.id],
        )
      ).rows[0]?.eid ?? '';
    await testOfficer(db.database, third.id, 'ba.admin', centre, 'admin');
    for (let i = 0; i < 3; i += 1) await loginOfficer(app, 'tinh-thu-ba', 'ba.admin');
    const rows = await auditRows(third.id);
    expect(rows.length).toBeGreaterThan(2);
    const middle = rows[1]?.seq ?? 0;
    await tamper('delete from audit_log where tenant_id = $1 and seq = $2', [third.id, middle]);
    expect(await verifyAudit(db.database, third.id)).toEqual({
      ok: false,
      rows: rows.length - 1,
      brokenAt: middle + 1,
    });
  });
});
