import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import { withTx } from '../../platform/db/database.ts';
import type { Tenant } from '../tenants/index.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { dossierIn, type FiledDossier } from '../../../test/factories/dossier.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { findFeedbackByCode } from './index.ts';

/** Friday 9 October 2026, 09:00 in Vietnam. */
const NOW = new Date('2026-10-09T09:00:00+07:00');
const UNIT_ONE = '000.20.01.H53';
const UNIT_TWO = '000.20.02.H53';

let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;
let officerOne: OfficerSession;
let officerTwo: OfficerSession;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database)).tenant;
  await testOfficer(db.database, tenant.id, 'danhgia.mot', UNIT_ONE);
  await testOfficer(db.database, tenant.id, 'danhgia.hai', UNIT_TWO, 'leader');
  app = await buildTestApp(db, { clock: fixedClock(NOW) });
  officerOne = await loginOfficer(app, 'tay-ninh', 'danhgia.mot');
  officerTwo = await loginOfficer(app, 'tay-ninh', 'danhgia.hai');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

function rate(dossier: FiledDossier, body: Record<string, unknown>, idempotencyKey?: string, key = dossier.key) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/tay-ninh/applications/${dossier.code}/feedback?key=${key}`,
    headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
    payload: body,
  });
}

function returned(unitEid = UNIT_ONE): Promise<FiledDossier> {
  return dossierIn(db, tenant, 'returned', { at: new Date(NOW.getTime() - 3600_000), unitEid });
}

async function storedRows(code: string): Promise<{ rating: string; reason: string | null; channel: string }[]> {
  const result = await db.database.pool.query<{ rating: string; reason: string | null; channel: string }>(
    `select f.rating, f.reason, f.channel from feedback f
       join applications a on a.tenant_id = f.tenant_id and a.id = f.application_id where a.code = $1`,
    [code],
  );
  return result.rows;
}

describe('a citizen rates a dossier', () => {
  it('is refused before the result was handed over', async () => {
    for (const status of ['result_ready', 'processing'] as const) {
      const dossier = await dossierIn(db, tenant, status, { at: NOW });
      const res = await rate(dossier, { rating: 'satisfied' });
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([409, 'FEEDBACK.NOT_ALLOWED']);
      expect(res.json<{ detail: string }>().detail).toMatch(/sau khi đã nhận kết quả/);
      expect(await storedRows(dossier.code)).toEqual([]);
    }
  });

  it('is taken once the result was returned, with the reason in NFC, and only once', async () => {
    const dossier = await returned();
    const nfd = '  Chờ đợi quá lâu ở quầy  '.normalize('NFD');
    const res = await rate(dossier, { rating: 'unsatisfied', reason: nfd }, 'feedback-first-0001');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ rating: 'unsatisfied', reason: 'Chờ đợi quá lâu ở quầy', at: NOW.toISOString() });
    expect(await storedRows(dossier.code)).toEqual([
      { rating: 'unsatisfied', reason: 'Chờ đợi quá lâu ở quầy'.normalize('NFC'), channel: 'web' },
    ]);

    const second = await rate(dossier, { rating: 'very_satisfied' }, 'feedback-second-0002');
    expect([second.statusCode, second.json<{ code: string }>().code]).toEqual([409, 'FEEDBACK.ALREADY_GIVEN']);
    const unkeyed = await rate(dossier, { rating: 'satisfied' });
    expect([unkeyed.statusCode, unkeyed.json<{ code: string }>().code]).toEqual([409, 'FEEDBACK.ALREADY_GIVEN']);
    expect(await storedRows(dossier.code)).toHaveLength(1);
  });

  it('answers a repeat with the same Idempotency-Key and body with the first 201', async () => {
    const dossier = await returned();
    const body = { rating: 'very_satisfied', channel: 'zalo' };
    const first = await rate(dossier, body, 'feedback-replay-0001');
    const again = await rate(dossier, body, 'feedback-replay-0001');
    expect(first.statusCode).toBe(201);
    expect([again.statusCode, again.json()]).toEqual([201, first.json()]);
    expect(first.json()).toEqual({ rating: 'very_satisfied', at: NOW.toISOString() });
    const changed = await rate(dossier, { rating: 'satisfied' }, 'feedback-replay-0001');
    expect([changed.statusCode, changed.json<{ code: string }>().code]).toEqual([409, 'REQUEST.IDEMPOTENCY_CONFLICT']);
    expect(await storedRows(dossier.code)).toEqual([{ rating: 'very_satisfied', reason: null, channel: 'zalo' }]);
  });

  it('needs a reason when unsatisfied and refuses other malformed bodies', async () => {
    const dossier = await returned();
    for (const body of [{ rating: 'unsatisfied' }, { rating: 'unsatisfied', reason: ' \n\t ' }]) {
      const res = await rate(dossier, body);
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([422, 'FEEDBACK.REASON_REQUIRED']);
      expect(res.json<{ errors: { pointer: string }[] }>().errors).toEqual([
        expect.objectContaining({ pointer: '/body/reason' }),
      ]);
    }
    for (const body of [
      { rating: 'excellent' },
      { rating: 'unsatisfied', reason: 'x'.repeat(1001) },
      { rating: 'satisfied', reason: '' },
      { rating: 'satisfied', channel: 'sms' },
      {},
    ]) {
      const res = await rate(dossier, body);
      expect([JSON.stringify(body).slice(0, 40), res.statusCode]).toEqual([JSON.stringify(body).slice(0, 40), 400]);
    }
    expect(await storedRows(dossier.code)).toEqual([]);
    expect((await rate(dossier, { rating: 'satisfied', reason: 'Cán bộ hướng dẫn tận tình' })).statusCode).toBe(201);
  });

  it('answers a wrong key and an unknown code with the look-up’s own 404', async () => {
    const dossier = await returned();
    const lookup = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/applications/${dossier.code}?key=WRONGKEY99`,
    });
    const wrongKey = await rate(dossier, { rating: 'satisfied' }, undefined, 'WRONGKEY99');
    const unknown = await rate({ code: '000.20.01.H53-261009-9999', key: dossier.key }, { rating: 'satisfied' });
    for (const res of [wrongKey, unknown]) {
      expect(res.statusCode).toBe(404);
      const { code, detail, title } = res.json<{ code: string; detail: string; title: string }>();
      expect({ code, detail, title }).toEqual({
        code: lookup.json<{ code: string }>().code,
        detail: lookup.json<{ detail: string }>().detail,
        title: lookup.json<{ title: string }>().title,
      });
    }
    expect(lookup.json<{ code: string }>().code).toBe('APPLICATION.NOT_FOUND');
    expect(await storedRows(dossier.code)).toEqual([]);
    const lowerCase = await rate(dossier, { rating: 'satisfied' }, undefined, dossier.key.toLowerCase());
    expect(lowerCase.statusCode).toBe(201);
  });

  it('lets the look-up ask whether a dossier was rated', async () => {
    const dossier = await returned();
    const before = await withTx(db.database, tenant.id, (tx) => findFeedbackByCode(tx, tenant.id, dossier.code));
    expect(before).toBeUndefined();
    await rate(dossier, { rating: 'satisfied' });
    const after = await withTx(db.database, tenant.id, (tx) => findFeedbackByCode(tx, tenant.id, dossier.code));
    expect(after).toEqual({ rating: 'satisfied', reason: null, at: NOW });
  });
});

describe('officers list the ratings of their units', () => {
  function list(session: OfficerSession | undefined, query = '') {
    return app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/console/feedback${query}`,
      headers: session ? { cookie: session.cookie } : {},
    });
  }

  it('shows each officer only the dossiers their units received, filtered and paged on the server', async () => {
    const two = await returned(UNIT_TWO);
    await rate(two, { rating: 'unsatisfied', reason: 'Phải đi lại hai lần' });
    const all = await list(officerOne, '?limit=200');
    expect(all.statusCode).toBe(200);
    const mine = all.json<{ items: { code: string }[]; total: number }>();
    expect(mine.total).toBeGreaterThanOrEqual(4);
    expect(mine.items).toHaveLength(mine.total);
    expect(mine.items.map((i) => i.code)).not.toContain(two.code);
    expect(mine.items.every((i) => i.code.startsWith(UNIT_ONE))).toBe(true);

    const theirs = (await list(officerTwo)).json();
    expect(theirs).toEqual({
      items: [
        {
          code: two.code,
          procedureName: khaiSinh.name,
          rating: 'unsatisfied',
          reason: 'Phải đi lại hai lần',
          at: NOW.toISOString(),
        },
      ],
      total: 1,
    });

    const unhappy = (await list(officerOne, '?rating=unsatisfied')).json<{ items: { rating: string }[] }>();
    expect(unhappy.items.length).toBeGreaterThan(0);
    expect(unhappy.items.every((i) => i.rating === 'unsatisfied')).toBe(true);

    const page = (await list(officerOne, '?limit=2&offset=1')).json<{ items: { code: string }[]; total: number }>();
    expect(page.total).toBe(mine.total);
    expect(page.items.map((i) => i.code)).toEqual(mine.items.slice(1, 3).map((i) => i.code));
  });

  it('filters by Vietnam days, both ends included, and refuses a period that ends before it starts', async () => {
    const day = (await list(officerOne, '?from=2026-10-09&to=2026-10-09')).json<{ total: number }>();
    expect(day.total).toBeGreaterThan(0);
    expect((await list(officerOne, '?from=2026-10-10')).json()).toEqual({ items: [], total: 0 });
    expect((await list(officerOne, '?to=2026-10-08')).json()).toEqual({ items: [], total: 0 });
    const backwards = await list(officerOne, '?from=2026-10-10&to=2026-10-01');
    expect([backwards.statusCode, backwards.json<{ code: string }>().code]).toEqual([422, 'FEEDBACK.RANGE_INVALID']);
    expect((await list(officerOne, '?from=2026-02-30')).statusCode).toBe(422);
    expect((await list(officerOne, '?limit=0')).statusCode).toBe(400);
  });

  it('keeps anonymous callers out', async () => {
    expect((await list(undefined)).statusCode).toBe(401);
  });
});
