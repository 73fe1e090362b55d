import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { createLogger } from '../../src/platform/logger.ts';
import { documentJpeg, fileUpload } from '../factories/files.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../factories/officer.ts';
import { startLogJourney, type LogJourneyKit } from './log-journey-kit.ts';

/** The citizen of the journey: every value distinctive, so a match in the logs is never a coincidence. */
const person = {
  name: 'Hoàng Thị Xuân Quỳnh',
  childName: 'Đỗ Hoàng Minh Khôi',
  phone: '0976543218',
  idNumber: '079188012345',
  address: '27 Hẻm Bảy Mẫu, khu phố Năm, phường Tân Ninh',
  street: '27 Hẻm Bảy Mẫu, khu phố Năm',
  email: 'xuanquynh.hoang@example.vn',
};

/** Every way the personal data could be written: as given, in other phone formats, without diacritics. */
function needles(): string[] {
  const local = person.phone;
  const national = local.slice(1);
  const phones = [
    local,
    `84${national}`,
    `+84${national}`,
    national,
    `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`,
    `${local.slice(0, 3)}.${local.slice(3, 6)}.${local.slice(6)}`,
    `${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`,
  ];
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const texts = [person.name, person.childName, person.address, person.street, person.email];
  const names = [person.name, person.childName].flatMap((n) => [n.split(' ').slice(-2).join(' ')]);
  return [
    ...phones,
    person.idNumber,
    ...texts,
    ...texts.map((t) => t.normalize('NFD')),
    ...texts.map(fold),
    ...names,
    ...texts.map((t) => JSON.stringify(t).slice(1, -1)),
  ];
}

let kit: LogJourneyKit;
const sessions = new Map<string, OfficerSession>();

beforeAll(async () => {
  kit = await startLogJourney('trace');
  for (const [username, role] of [
    ['log.intake', 'intake'],
    ['log.processor', 'processor'],
    ['log.leader', 'leader'],
  ] as const) {
    await testOfficer(kit.db.database, kit.tenant.id, username, '000.20.01.H53', role);
    sessions.set(role, await loginOfficer(kit.app, kit.tenant.slug, username));
  }
}, 90_000);
afterAll(async () => {
  await kit.close();
});

const T = '/api/v1/tay-ninh';

async function officer(role: string, request: InjectOptions): Promise<void> {
  const session = sessions.get(role);
  const res = await kit.app.inject({
    ...request,
    headers: { cookie: session?.cookie ?? '', 'x-csrf-token': session?.csrf ?? '' },
  });
  expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(300);
}

async function upload(): Promise<string> {
  const res = await kit.app.inject({
    method: 'POST',
    url: `${T}/uploads`,
    ...fileUpload(await documentJpeg(900, 700)),
  });
  return res.json<{ id: string }>().id;
}

function filing(uploadId: string): Record<string, unknown> {
  const example = structuredClone((khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {});
  const form = example as {
    applicant: Record<string, unknown>;
    child: Record<string, unknown>;
    mother: Record<string, unknown>;
  };
  Object.assign(form.applicant, {
    fullName: person.name,
    idNumber: person.idNumber,
    phone: person.phone,
    email: person.email,
  });
  (form.applicant['residence'] as Record<string, unknown>)['street'] = person.street;
  Object.assign(form.mother, { fullName: person.name, idNumber: person.idNumber });
  form.child['fullName'] = person.childName;
  return {
    procedureCode: khaiSinh.code,
    caseKey: 'thong-thuong',
    unitEid: '000.20.01.H53',
    applicant: {
      fullName: person.name,
      phone: person.phone,
      idNumber: person.idNumber,
      address: person.address,
      email: person.email,
    },
    form,
    attachments: [{ documentKey: 'giay-chung-sinh', uploadId }],
  };
}

describe('no personal data in the logs', () => {
  it('keeps a failed query’s values and a job’s payload out of every line', () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => lines.push(line) });
    const failed = new DrizzleQueryError('insert into citizens (phone, full_name) values ($1, $2)', [
      person.phone,
      person.name,
    ]);
    logger.error({ err: failed }, 'unhandled error');
    logger.error(
      { job: { id: 1, payload: { phone: person.phone } }, error: failed },
      `Failed task 1 with error ${failed.message}`,
    );
    logger.warn(
      { err: Object.assign(new Error('duplicate key'), { detail: `Key (phone)=(${person.phone}) exists` }) },
      'x',
    );
    const text = lines.join('');
    expect(text).toContain('insert into citizens');
    expect(needles().filter((needle) => text.includes(needle))).toEqual([]);
  });

  it('writes none of a citizen’s name, phone, ID number, address or e-mail through a whole journey', async () => {
    // On Zalo: follows the OA, shares the phone and address, writes them in the chat.
    const user = await kit.sim<{ userId: string }>('POST', '/users', {
      name: person.name,
      phone: person.phone,
      follow: true,
    });
    await kit.settle();
    await kit.sim('POST', `/users/${user.userId}/submit-info`, {
      phone: person.phone,
      name: person.name,
      address: person.address,
    });
    await kit.sim('POST', `/users/${user.userId}/text`, { text: `CCCD ${person.idNumber}, điện thoại 0976 543 218` });
    await kit.settle();

    // Files online; a repeat with the same key, a bad request and a request for a sign-in code.
    const body = filing(await upload());
    const filed = await kit.app.inject({
      method: 'POST',
      url: `${T}/applications`,
      payload: body,
      headers: { 'idempotency-key': 'log-journey-0001' },
    });
    expect(filed.statusCode, filed.body.slice(0, 200)).toBe(201);
    const { code, lookupKey } = filed.json<{ code: string; lookupKey: string }>();
    await kit.app.inject({
      method: 'POST',
      url: `${T}/applications`,
      payload: body,
      headers: { 'idempotency-key': 'log-journey-0001' },
    });
    await kit.app.inject({ method: 'POST', url: `${T}/applications`, payload: { ...body, procedureCode: 'x' } });
    const nul = {
      ...body,
      applicant: { ...(body['applicant'] as object), address: `${person.address}\u0000` },
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await upload() }],
    };
    expect((await kit.app.inject({ method: 'POST', url: `${T}/applications`, payload: nul })).statusCode).toBe(400);
    await kit.app.inject({ method: 'POST', url: `${T}/citizen/otp`, payload: { phone: person.phone } });
    await kit.app.inject({
      method: 'POST',
      url: `${T}/citizen/session`,
      payload: { phone: person.phone, code: '123456' },
    });

    // The desk accepts, the unit processes, asks for a supplement, approves and hands the result over.
    const act = (role: string, action: string, payload: Record<string, unknown> = {}) =>
      officer(role, { method: 'POST', url: `${T}/console/applications/${code}/actions/${action}`, payload });
    await act('intake', 'accept');
    await act('processor', 'start_processing');
    await act('processor', 'request_supplement', { reason: 'Ảnh mờ', payload: { items: ['Giấy chứng sinh'] } });
    await kit.settle();
    const supplement = await kit.app.inject({
      method: 'POST',
      url: `${T}/applications/${code}/supplements?key=${lookupKey}`,
      payload: { attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await upload() }], note: 'Đã chụp lại' },
    });
    expect(supplement.statusCode, supplement.body.slice(0, 200)).toBe(200);
    await act('processor', 'submit_for_approval');
    await act('leader', 'approve');
    await act('processor', 'complete');
    await act('intake', 'return_result', { payload: { originalsChecked: true, feeCollected: 0 } });
    await officer('intake', { method: 'GET', url: `${T}/console/applications/${code}` });
    await officer('intake', { method: 'GET', url: `${T}/console/applications/${code}/forms/receipt.pdf` });
    await kit.settle();

    // Looks it up, prints the receipt, checks the QR, rates it.
    const view = await kit.app.inject({ method: 'GET', url: `${T}/applications/${code}?key=${lookupKey}` });
    expect(view.statusCode).toBe(200);
    await kit.app.inject({ method: 'GET', url: `${T}/applications/${code}/receipt.pdf?key=${lookupKey}` });
    const token = view.json<{ qrUrl: string }>().qrUrl.split('/q/')[1] ?? '';
    await kit.app.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    await kit.app.inject({ method: 'GET', url: `/q/${token}` });
    await kit.app.inject({
      method: 'POST',
      url: `${T}/applications/${code}/feedback?key=${lookupKey}`,
      payload: { rating: 'satisfied' },
    });
    await kit.settle();

    // The notices reached the citizen through the simulator.
    const delivered = await kit.db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from notification_intents where status = 'delivered'`,
    );
    expect(delivered.rows[0]?.n).toBeGreaterThan(3);

    const logs = kit.lines.join('');
    expect(kit.lines.length).toBeGreaterThan(50);
    const found = needles().filter((needle) => logs.includes(needle));
    const context = found.map((needle) => {
      const at = logs.indexOf(needle);
      return `${needle}: …${logs.slice(Math.max(0, at - 200), at + 80)}…`;
    });
    expect(context).toEqual([]);
  });
});
