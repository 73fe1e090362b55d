import type { FastifyInstance } from 'fastify';
import type { JobHelpers } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { buildTestApp } from '../../../test/app.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { uploadRow } from '../../../test/factories/upload.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { foldStatusCountsJob } from './jobs/fold-status-counts.job.ts';

/** The inbox's tabs come from counts a trigger keeps: they must match the dossiers at every step. */
let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
let officer: OfficerSession;

const helpers = { logger: { debug: () => undefined } } as unknown as JobHelpers;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  await testOfficer(db.database, tenantId, 'dem.tanninh', '000.20.01.H53');
  app = await buildTestApp(db);
  officer = await loginOfficer(app, 'tay-ninh', 'dem.tanninh');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function fileDossier(): Promise<string> {
  const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/applications',
    payload: {
      procedureCode: '1.001193',
      applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' },
      form: example,
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ code: string }>().code;
}

async function act(code: string, action: string, payload: Record<string, unknown> = {}): Promise<void> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/tay-ninh/console/applications/${code}/actions/${action}`,
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf },
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function tabs(): Promise<Record<string, number>> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/tay-ninh/console/applications?limit=1',
    headers: { cookie: officer.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ counts: Record<string, number> }>().counts;
}

/** Counting the unit's dossiers, as the inbox did before the counts. */
async function counted(): Promise<Record<string, number>> {
  const rows = await db.database.pool.query<{ status: string; n: number }>(
    `select a.status, count(*)::int as n from applications a join units u on u.tenant_id = a.tenant_id
        and u.id = a.current_unit_id where u.eid = '000.20.01.H53' group by a.status`,
  );
  return Object.fromEntries(rows.rows.map((r) => [r.status, r.n]));
}

describe('the inbox’s counts per status', () => {
  it('follow filings and actions, before and after the fold job, and after a rebuild', async () => {
    const codes = [await fileDossier(), await fileDossier(), await fileDossier(), await fileDossier()];
    expect(await tabs()).toEqual({ submitted: 4 });
    await act(codes[0] ?? '', 'accept');
    await act(codes[1] ?? '', 'accept');
    await db.database.pool.query(`update applications set status = 'processing' where code = $1`, [codes[1]]);
    await act(codes[2] ?? '', 'refuse', { reason: 'Hồ sơ không thuộc thẩm quyền giải quyết' });
    expect(await tabs()).toEqual(await counted());

    await foldStatusCountsJob(db.database)({}, helpers);
    const left = await db.database.pool.query<{ n: number }>(
      'select count(*)::int as n from application_status_count_changes',
    );
    expect(left.rows[0]?.n).toBe(0);
    expect(await tabs()).toEqual(await counted());

    await act(codes[3] ?? '', 'accept');
    await db.database.pool.query(`update applications set status = 'stopped' where code = $1`, [codes[0]]);
    expect(await tabs()).toEqual(await counted());
    await db.database.pool.query('select motcua_rebuild_counters($1)', [tenantId]);
    expect(await tabs()).toEqual(await counted());
    expect(Object.values(await tabs()).reduce((a, b) => a + b, 0)).toBe(4);
  });
});
