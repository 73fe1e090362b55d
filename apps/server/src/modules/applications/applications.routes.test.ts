import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { uploadRow } from '../../../test/factories/upload.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};

async function body(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return {
    procedureCode: '1.001193',
    caseKey: 'thong-thuong',
    applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678', idNumber: '072195001234' },
    form: example,
    attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
    ...overrides,
  };
}

async function file(payload: unknown, key?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/applications',
    payload: payload as Record<string, unknown>,
    headers: key ? { 'idempotency-key': key } : {},
  });
  return { status: res.statusCode, json: res.json() };
}

describe('POST /api/v1/{tenant}/applications', () => {
  it('files Đăng ký khai sinh: status 1, a dossier code of the receiving unit and day, a look-up key', async () => {
    const res = await file(await body());
    expect(res.status).toBe(201);
    expect(res.json['code']).toMatch(/^000\.20\.01\.H53-\d{6}-\d{4}$/);
    expect(res.json).toMatchObject({ status: 1, statusLabel: 'Mới đăng ký' });
    expect(res.json['lookupKey']).toMatch(/^[A-Z2-9]{10}$/);
    expect(res.json['trackingUrl']).toContain(String(res.json['code']));
  });

  it('answers a replay with the same Idempotency-Key with the first answer, and a different body with 409', async () => {
    const payload = await body();
    const first = await file(payload, 'key-replay-0001');
    const again = await file(payload, 'key-replay-0001');
    expect(again.status).toBe(201);
    // The stored answer is the numbered one (it is stored before the numbering statement fills in the code).
    expect(again.json['code']).toMatch(/^000\.20\.01\.H53-\d{6}-\d{4}$/);
    expect(again.json['trackingUrl']).toContain(String(again.json['code']));
    expect(again.json).toEqual(first.json);
    const other = await file(
      { ...payload, applicant: { fullName: 'Người Khác', phone: '0987654321' } },
      'key-replay-0001',
    );
    expect(other.status).toBe(409);
    expect(other.json['code']).toBe('REQUEST.IDEMPOTENCY_CONFLICT');
  });

  it('lists every missing required document at once', async () => {
    const res = await file(await body({ attachments: [] }));
    expect(res.status).toBe(422);
    expect(res.json['code']).toBe('APPLICATION.DOCUMENTS_MISSING');
    expect(res.json['detail']).toContain('Giấy chứng sinh');
  });

  it('validates the e-form against the pinned version and points at the bad field', async () => {
    const res = await file(await body({ form: { ...example, nguoiYeuCau: 'x' } }));
    expect(res.status).toBe(422);
    expect(res.json['code']).toBe('APPLICATION.FORM_INVALID');
    const errors = res.json['errors'] as { pointer: string; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.pointer.startsWith('/body/form'))).toBe(true);
  });

  it('refuses an upload that does not exist or was already filed', async () => {
    const missing = await file(
      await body({
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: '00000000-0000-7000-8000-000000000000' }],
      }),
    );
    expect(missing.status).toBe(422);
    const payload = await body();
    expect((await file(payload)).status).toBe(201);
    const reused = await file({ ...payload, applicant: { fullName: 'Trần Văn B', phone: '0909123456' } });
    expect(reused.json['code']).toBe('APPLICATION.ATTACHMENT_INVALID');
  });

  it('answers 400 naming the field for a malformed phone', async () => {
    const res = await file(await body({ applicant: { fullName: 'Nguyễn Thị Lan', phone: '12345' } }));
    expect(res.status).toBe(400);
    expect(res.json['detail']).toContain('phone');
  });

  it('gives 200 concurrent filings 200 distinct, gap-free numbers', async () => {
    const payloads = await Promise.all(Array.from({ length: 200 }, () => body({ unitEid: '000.20.02.H53' })));
    const results = await Promise.all(payloads.map((p) => file(p)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = results.map((r) => Number(String(r.json['code']).split('-').pop())).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('links every filing from one phone to one citizen, filed at once or later, the name following the latest', async () => {
    const phone = '0977000111';
    const applicant = (fullName: string, email?: string) => ({ fullName, phone, ...(email ? { email } : {}) });
    const first = await Promise.all(
      Array.from({ length: 20 }, async () => file(await body({ applicant: applicant('Lê Văn Một') }))),
    );
    expect(first.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 201));
    const citizen = async () =>
      (
        await db.database.pool.query<{ id: string; full_name: string; email: string | null; n: number }>(
          `select c.id, c.full_name, c.email, (select count(*) from applications a
                                                where a.tenant_id = c.tenant_id and a.citizen_id = c.id) as n
             from citizens c where c.tenant_id = $1 and c.phone = '84977000111'`,
          [tenantId],
        )
      ).rows;
    const [one] = await citizen();
    expect(await citizen()).toHaveLength(1);
    expect(one).toMatchObject({ full_name: 'Lê Văn Một', email: null, n: 20 });
    expect((await file(await body({ applicant: applicant('Lê Văn Hai', 'hai@example.vn') }))).status).toBe(201);
    expect(await citizen()).toEqual([{ id: one?.id, full_name: 'Lê Văn Hai', email: 'hai@example.vn', n: 21 }]);
    // A filing without an e-mail keeps the one given before.
    expect((await file(await body({ applicant: applicant('Lê Văn Ba') }))).status).toBe(201);
    expect(await citizen()).toEqual([{ id: one?.id, full_name: 'Lê Văn Ba', email: 'hai@example.vn', n: 22 }]);
  });
});

describe('citizen actions with the receipt key', () => {
  it('withdraws a dossier (202, status 7) only with the right key', async () => {
    const filed = await file(await body());
    const code = String(filed.json['code']);
    const wrong = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/applications/${code}/withdrawal?key=WRONGKEY22`,
    });
    expect(wrong.statusCode).toBe(404);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/applications/${code}/withdrawal?key=${String(filed.json['lookupKey'])}`,
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 7 });
  });

  it('answers 409 to a supplement when none was requested', async () => {
    const filed = await file(await body());
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/applications/${String(filed.json['code'])}/supplements?key=${String(filed.json['lookupKey'])}`,
      payload: { attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'APPLICATION.TRANSITION_NOT_ALLOWED' });
  });
});

describe('GET /api/v1/{tenant}/applications/{code}?key=', () => {
  it('shows status, masked name, unit and timeline to the holder of the key', async () => {
    const filed = await file(await body());
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/applications/${String(filed.json['code'])}?key=${String(filed.json['lookupKey'])}`,
    });
    expect(res.statusCode).toBe(200);
    const view = res.json<Record<string, unknown>>();
    expect(view).toMatchObject({
      status: 1,
      statusLabel: 'Mới đăng ký',
      applicantName: 'Nguyễn T** L**',
      overdue: false,
    });
    expect(view['currentUnit']).toMatch(/Tân Ninh/);
    expect(view['timeline']).toHaveLength(1);
    expect(JSON.stringify(view)).not.toContain('0912345678');
  });

  it('answers an unknown code and a wrong key with the same 404', async () => {
    const filed = await file(await body());
    const wrongKey = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/applications/${String(filed.json['code'])}?key=WRONGKEY22`,
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/tay-ninh/applications/000.20.01.H53-200101-0001?key=WRONGKEY22',
    });
    expect(wrongKey.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    const strip = (b: Record<string, unknown>): Record<string, unknown> => ({ ...b, instance: '', requestId: '' });
    expect(strip(wrongKey.json())).toEqual(strip(unknown.json()));
  });

  it('limits look-ups per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/tay-ninh/applications/000.20.01.H53-200101-0001?key=WRONGKEY22',
        remoteAddress: '10.9.9.9',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
  });
});
