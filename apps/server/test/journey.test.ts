import { compactVerify, createLocalJWKSet } from 'jose';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { loginOfficer, testOfficer } from './factories/officer.ts';
import { pdfText } from '../src/modules/receipts/pdf/poppler.ts';
import { buildTestApp } from './app.ts';
import { documentJpeg, withGpsExif } from '../src/modules/attachments/test/images.ts';
import { fileUpload } from '../src/modules/attachments/test/multipart.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  await testOfficer(db.database, tenantId, 'tiepnhan.tanninh', '000.20.01.H53');
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('golden journey: a birth registration from phone to receipt', () => {
  it('files with two photos, is accepted by the desk, and gets a Mẫu 01 whose QR verifies offline', async () => {
    const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
    const uploadIds: string[] = [];
    for (const photo of [await withGpsExif(await documentJpeg()), await documentJpeg(1600, 1200)]) {
      const { payload, headers } = fileUpload(photo);
      const uploaded = await app.inject({ method: 'POST', url: '/api/v1/tay-ninh/uploads', payload, headers });
      expect(uploaded.statusCode).toBe(201);
      expect(uploaded.json()).toMatchObject({ contentType: 'image/jpeg', quality: { ok: true } });
      uploadIds.push(uploaded.json<{ id: string }>().id);
    }
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/applications',
      headers: { 'idempotency-key': 'journey-khai-sinh-01' },
      payload: {
        procedureCode: '1.001193',
        caseKey: 'thong-thuong',
        applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678', address: 'Phường Tân Ninh, tỉnh Tây Ninh' },
        form: example,
        attachments: [
          { documentKey: 'giay-chung-sinh', uploadId: uploadIds[0] },
          { documentKey: 'van-ban-uy-quyen', uploadId: uploadIds[1] },
        ],
      },
    });
    expect(filed.statusCode).toBe(201);
    const { code, lookupKey } = filed.json<{ code: string; lookupKey: string }>();

    const { cookie, csrf } = await loginOfficer(app, 'tay-ninh', 'tiepnhan.tanninh');
    const early = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/applications/${code}/receipt.pdf?key=${lookupKey}`,
    });
    expect(early.statusCode).toBe(409);
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${code}/actions/accept`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    const dueAt = new Date(accepted.json<{ dueAt: string }>().dueAt);

    const receipt = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/applications/${code}/receipt.pdf?key=${lookupKey}`,
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(receipt.rawPayload);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(code);
    expect(text).toContain('Nguyễn Thị Lan');
    const local = new Date(dueAt.getTime() + 7 * 3600_000);
    const day = `ngày ${String(local.getUTCDate()).padStart(2, '0')} tháng ${String(local.getUTCMonth() + 1).padStart(2, '0')} năm ${local.getUTCFullYear()}`;
    // The date may wrap onto the next line of the A5 page, depending on the time printed before it.
    expect(text.replace(/\s+/g, ' ')).toContain(day);

    const lookup = await app.inject({ method: 'GET', url: `/api/v1/tay-ninh/applications/${code}?key=${lookupKey}` });
    const view = lookup.json<{ status: number; timeline: unknown[]; qrUrl: string; dueAt: string }>();
    expect(view.status).toBe(2);
    expect(view.timeline).toHaveLength(2);
    const token = view.qrUrl.split('/q/')[1] ?? '';
    const verified = await app.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    expect(verified.json()).toMatchObject({ valid: true, tenant: 'tay-ninh', code });
    // The look-up's QR is the receipt's: issued when the desk accepted the dossier.
    const issuedAt = new Date(verified.json<{ issuedAt: string }>().issuedAt).getTime();
    const receivedAt = new Date(accepted.json<{ receivedAt: string }>().receivedAt).getTime();
    expect(Math.abs(issuedAt - receivedAt)).toBeLessThan(1000);
    const jwks = await app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    const offline = await compactVerify(token, createLocalJWKSet(jwks.json()));
    expect(JSON.parse(new TextDecoder().decode(offline.payload))).toMatchObject({ t: 'tay-ninh', c: code });
    const page = await app.inject({ method: 'GET', url: `/q/${token}` });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toContain(code);
  });
});
