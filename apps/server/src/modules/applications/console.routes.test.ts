import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { uploadRow } from '../../../test/factories/upload.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { documentJpeg, fileUpload } from '../../../test/factories/files.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  await testOfficer(db.database, tenantId, 'tiepnhan.tanninh', '000.20.01.H53');
  await testOfficer(db.database, tenantId, 'tiepnhan.longan', '000.20.02.H53');
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function login(username: string, tenant = 'tay-ninh'): Promise<OfficerSession> {
  return loginOfficer(app, tenant, username);
}

async function fileDossier(unitEid?: string): Promise<string> {
  const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/applications',
    payload: {
      procedureCode: '1.001193',
      ...(unitEid ? { unitEid } : {}),
      applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' },
      form: example,
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
    },
  });
  return res.json<{ code: string }>().code;
}

describe('officer actions over HTTP', () => {
  it('lets the intake officer of the receiving unit accept, with the session cookie and CSRF token', async () => {
    const code = await fileDossier();
    const { cookie, csrf } = await login('tiepnhan.tanninh');
    const inbox = await app.inject({
      method: 'GET',
      url: '/api/v1/tay-ninh/console/applications?status=submitted',
      headers: { cookie },
    });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toContain(code);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${code}/actions/accept`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 2, statusLabel: 'Được tiếp nhận' });
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${code}/actions/accept`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'APPLICATION.TRANSITION_NOT_ALLOWED' });
  });

  it('refuses a missing CSRF token, no session, another unit’s officer and another province’s session', async () => {
    const code = await fileDossier();
    const url = `/api/v1/tay-ninh/console/applications/${code}/actions/accept`;
    const own = await login('tiepnhan.tanninh');
    expect((await app.inject({ method: 'POST', url, headers: { cookie: own.cookie }, payload: {} })).statusCode).toBe(
      403,
    );
    expect((await app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
    const other = await login('tiepnhan.longan');
    const foreign = await app.inject({
      method: 'POST',
      url,
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrf },
      payload: {},
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'APPLICATION.FORBIDDEN' });
    const elsewhere = await tenantWithUnits(db.database);
    const crossTenant = await app.inject({
      method: 'POST',
      url: `/api/v1/${elsewhere.slug}/console/applications/${code}/actions/accept`,
      headers: { cookie: own.cookie, 'x-csrf-token': own.csrf },
      payload: {},
    });
    expect(crossTenant.statusCode).toBe(401);
  });

  it('records a walk-in dossier at the counter, accepted at once, with a printable receipt', async () => {
    const { cookie, csrf } = await login('tiepnhan.tanninh');
    const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
    const payload = {
      procedureCode: '1.001193',
      unitEid: '000.20.01.H53',
      applicant: { fullName: 'Trần Văn Bình', phone: '0987654321' },
      form: example,
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
    };
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/console/applications',
      headers: { cookie, 'x-csrf-token': csrf },
      payload,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ state: { status: number; code: string }; receiptUrl: string }>();
    expect(body.state.status).toBe(2);
    const receipt = await app.inject({ method: 'GET', url: body.receiptUrl });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const other = await login('tiepnhan.longan');
    const before = await db.database.pool.query<{ n: number }>('select count(*)::int as n from applications');
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/console/applications',
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrf },
      payload: {
        ...payload,
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
      },
    });
    expect(refused.statusCode).toBe(403);
    const after = await db.database.pool.query<{ n: number }>('select count(*)::int as n from applications');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('lets officers of the dossier’s unit open its photos, logging every read, and no one else', async () => {
    const { payload, headers } = fileUpload(await documentJpeg(1600, 1200));
    const uploaded = await app.inject({ method: 'POST', url: '/api/v1/tay-ninh/uploads', payload, headers });
    const uploadId = uploaded.json<{ id: string }>().id;
    const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/applications',
      payload: {
        procedureCode: '1.001193',
        applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' },
        form: example,
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId }],
      },
    });
    const code = filed.json<{ code: string }>().code;
    const url = `/api/v1/tay-ninh/console/applications/${code}/documents/${uploadId}`;
    const before = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'upload.read'`,
    );
    const own = await login('tiepnhan.tanninh');
    const res = await app.inject({ method: 'GET', url, headers: { cookie: own.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const after = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'upload.read'`,
    );
    expect(after.rows[0]?.n).toBe((before.rows[0]?.n ?? 0) + 1);
    const other = await login('tiepnhan.longan');
    expect((await app.inject({ method: 'GET', url, headers: { cookie: other.cookie } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('answers 400 for an unknown action name', async () => {
    const code = await fileDossier();
    const { cookie, csrf } = await login('tiepnhan.tanninh');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${code}/actions/teleport`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('the inbox', () => {
  async function inbox(cookie: string, query: string) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/console/applications?${query}`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    return res.json<{
      items: { code: string; procedureName: string; unitName: string; overdue: boolean }[];
      total: number;
      totalIsLowerBound: boolean;
      counts: Record<string, number>;
    }>();
  }

  it('filters by code prefix and by due date, and names the procedure and unit of each item', async () => {
    const { cookie, csrf } = await login('tiepnhan.tanninh');
    const code = await fileDossier();
    const byCode = await inbox(cookie, `q=${encodeURIComponent(code.toLowerCase())}`);
    expect(byCode.items.map((i) => i.code)).toEqual([code]);
    expect(byCode.items[0]).toMatchObject({
      procedureName: khaiSinh.name,
      unitName: expect.stringContaining('Tân Ninh'),
    });
    expect(byCode).toMatchObject({ total: 1, totalIsLowerBound: false });
    expect((await inbox(cookie, 'q=000.99')).items).toEqual([]);

    const accepted = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${code}/actions/accept`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    await db.database.pool.query(`update applications set due_at = now() + interval '1 hour' where code = $1`, [code]);
    expect((await inbox(cookie, 'due=soon')).items.map((i) => i.code)).toContain(code);
    expect((await inbox(cookie, 'due=overdue')).items.map((i) => i.code)).not.toContain(code);
    await db.database.pool.query(`update applications set due_at = now() - interval '1 day' where code = $1`, [code]);
    const overdue = await inbox(cookie, 'due=overdue');
    expect(overdue.items.find((i) => i.code === code)).toMatchObject({ overdue: true });
    expect((await inbox(cookie, 'due=soon')).items.map((i) => i.code)).not.toContain(code);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/tay-ninh/console/applications?due=later',
      headers: { cookie },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('counts the total up to 1.000 and says when more match', async () => {
    const { cookie } = await login('tiepnhan.longan');
    const code = await fileDossier('000.20.02.H53');
    const before = await inbox(cookie, 'status=submitted');
    expect(before.totalIsLowerBound).toBe(false);
    // Copies of the dossier, held by the same unit, until more than the cap match.
    await db.database.pool.query(
      `insert into applications (tenant_id, id, code, lookup_key, procedure_version_id, procedure_code, case_key, channel,
                                 unit_id, current_unit_id, status, applicant_name, applicant_phone, form, submitted_at)
       select tenant_id, gen_random_uuid(), code || '-' || g, lookup_key, procedure_version_id, procedure_code, case_key,
              channel, unit_id, current_unit_id, status, applicant_name, applicant_phone, form, submitted_at
         from applications, generate_series(1, $2::int - $3::int + 1) as g
        where code = $1`,
      [code, 1000, before.total],
    );
    const after = await inbox(cookie, 'status=submitted&limit=20');
    expect(after).toMatchObject({ total: 1000, totalIsLowerBound: true });
    expect(after.counts['submitted']).toBe(1001);
    expect(after.items).toHaveLength(20);
  });
});
