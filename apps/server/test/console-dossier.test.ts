import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { buildTestApp } from './app.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { uploadRow } from './factories/upload.ts';
import { pdfText } from '../src/modules/receipts/pdf/poppler.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
let intake: OfficerSession;
let leader: OfficerSession;
let stranger: OfficerSession;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  await testOfficer(db.database, tenantId, 'tiepnhan.tanninh', '000.20.01.H53');
  await testOfficer(db.database, tenantId, 'lanhdao.tanninh', '000.20.01.H53', 'leader');
  await testOfficer(db.database, tenantId, 'tiepnhan.longan', '000.20.02.H53');
  app = await buildTestApp(db);
  intake = await loginOfficer(app, 'tay-ninh', 'tiepnhan.tanninh');
  leader = await loginOfficer(app, 'tay-ninh', 'lanhdao.tanninh');
  stranger = await loginOfficer(app, 'tay-ninh', 'tiepnhan.longan');
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
      applicant: { fullName: 'Trần Văn Bình', phone: '0912345678', idNumber: '079203001234' },
      form: example,
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ code: string }>().code;
}

async function act(session: OfficerSession, code: string, action: string, body: Record<string, unknown> = {}) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/tay-ninh/console/applications/${code}/actions/${action}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body,
  });
  expect([action, res.statusCode, res.body.slice(0, 200)]).toEqual([action, 200, expect.any(String)]);
}

function detail(session: OfficerSession, code: string) {
  return app.inject({
    method: 'GET',
    url: `/api/v1/tay-ninh/console/applications/${code}`,
    headers: { cookie: session.cookie },
  });
}

function form(session: OfficerSession, code: string, name: string) {
  return app.inject({
    method: 'GET',
    url: `/api/v1/tay-ninh/console/applications/${code}/forms/${name}.pdf`,
    headers: { cookie: session.cookie },
  });
}

async function auditReads(code: string): Promise<number> {
  const rows = await db.database.pool.query<{ n: number }>(
    `select count(*)::int as n from audit_log l join applications a on a.tenant_id = l.tenant_id and a.id::text = l.subject_id
      where a.code = $1 and l.action in ('application.read', 'application.print')`,
    [code],
  );
  return rows.rows[0]?.n ?? 0;
}

describe('the officer’s dossier view', () => {
  it('shows the applicant in full, documents, timeline and the actions this officer may take, logging the read', async () => {
    const code = await fileDossier();
    const before = await detail(intake, code);
    expect(before.statusCode).toBe(200);
    const view = before.json<Record<string, unknown>>();
    expect(view).toMatchObject({
      code,
      procedure: { code: '1.001193', name: khaiSinh.name },
      status: 1,
      statusLabel: 'Mới đăng ký',
      applicant: { fullName: 'Trần Văn Bình', phone: '0912345678', idNumber: '079203001234' },
      unit: { name: expect.stringContaining('Tân Ninh') },
      documents: [{ documentKey: 'giay-chung-sinh', contentType: 'image/jpeg', quality: { ok: true } }],
      forms: [],
    });
    expect(view['allowedActions']).toEqual(expect.arrayContaining(['accept', 'refuse', 'request_supplement']));
    expect(view['allowedActions']).not.toContain('approve');
    expect(before.headers['cache-control']).toBe('private, no-store');

    await act(intake, code, 'request_supplement', {
      reason: 'Ảnh chụp bị mờ',
      payload: { items: ['Giấy chứng sinh (bản chụp rõ nét)'] },
    });
    const after = (await detail(intake, code)).json<Record<string, unknown>>();
    expect(after).toMatchObject({
      status: 5,
      supplementCount: 1,
      supplementRequest: { items: ['Giấy chứng sinh (bản chụp rõ nét)'], note: 'Ảnh chụp bị mờ' },
      timeline: [
        { action: 'submit', toStatus: 'submitted', actorType: 'citizen', actorName: null },
        {
          action: 'request_supplement',
          toStatus: 'supplement_requested',
          actorName: expect.any(String),
          reason: 'Ảnh chụp bị mờ',
        },
      ],
    });
    expect((after['forms'] as { form: string }[]).map((f) => f.form)).toEqual(['supplement-request']);
    expect((after['notices'] as { intent: string }[]).map((n) => n.intent)).toEqual([
      'application.received',
      'application.supplement_requested',
    ]);
    expect(await auditReads(code)).toBe(2);
  });

  it('keeps other units’ officers and anonymous callers out', async () => {
    const code = await fileDossier();
    expect((await detail(stranger, code)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/tay-ninh/console/applications/${code}` })).statusCode).toBe(
      401,
    );
    expect((await detail(intake, '000.20.01.H53-991231-9999')).statusCode).toBe(404);
    expect((await form(stranger, code, 'receipt')).statusCode).toBe(403);
    expect(await auditReads(code)).toBe(0);
  });
});

describe('printing a dossier’s forms', () => {
  it('prints Mẫu 01, 02, 04 and the tracking sheet once they apply, each with the code, and refuses the rest', async () => {
    const code = await fileDossier();
    const early = await form(intake, code, 'receipt');
    expect([early.statusCode, early.json<{ code: string }>().code]).toEqual([409, 'APPLICATION.FORM_NOT_AVAILABLE']);

    await act(intake, code, 'accept');
    await act(leader, code, 'start_processing');
    await act(leader, code, 'request_supplement', {
      reason: 'Thiếu bản chính',
      payload: { items: ['Giấy chứng sinh bản chính'] },
    });
    await act(intake, code, 'receive_supplement');
    await act(leader, code, 'reschedule', {
      reason: 'Cần xác minh thêm với nơi cấp giấy chứng sinh',
      payload: { newDueAt: new Date(Date.now() + 10 * 86_400_000).toISOString() },
    });

    const expected: Record<string, string> = {
      receipt: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'supplement-request': 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      apology: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'tracking-sheet': 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    };
    for (const [name, title] of Object.entries(expected)) {
      const res = await form(intake, code, name);
      expect([name, res.statusCode, res.headers['content-type']]).toEqual([name, 200, 'application/pdf']);
      const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain(code);
      expect(text).toContain('Trần Văn Bình');
    }
    const apology = (await pdfText((await form(intake, code, 'apology')).rawPayload)).replace(/\s+/g, ' ');
    expect(apology).toContain('Cần xác minh thêm');
    const refusal = await form(intake, code, 'refusal');
    expect(refusal.statusCode).toBe(409);
    expect((await form(intake, code, 'mau-99')).statusCode).toBe(400);
  });

  it('prints Mẫu 03 with the reason once a dossier is refused', async () => {
    const code = await fileDossier();
    await act(intake, code, 'refuse', { reason: 'Thủ tục không thuộc thẩm quyền của cơ quan' });
    const res = await form(intake, code, 'refusal');
    expect(res.statusCode).toBe(200);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Thủ tục không thuộc thẩm quyền của cơ quan');
  });
});
