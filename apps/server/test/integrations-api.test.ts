import type { ApiKey, CreatedApiKey, CreatedWebhookEndpoint, ExportRow } from '@motcua/contracts';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { performAction } from '../src/modules/applications/index.ts';
import { insertDossierRow } from '../src/modules/reports/testing/dossier-rows.ts';
import type { Tenant } from '../src/modules/tenants/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { dossierIn, type DossierStatus, type FiledDossier } from './factories/dossier.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { vn } from './vietnam-time.ts';

const TAN_NINH = '000.20.01.H53';
const T = '/api/v1/tay-ninh';
const KEYS = `${T}/console/admin/integrations/keys`;
const RATE = 40;

let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;
let admin: OfficerSession;
let intake: OfficerSession;
let otherAdmin: OfficerSession;
const dossiers = new Map<string, FiledDossier>();

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant;
  const other = await tenantWithUnits(db.database, 'tinh-khac-tich-hop');
  await testOfficer(db.database, tenant.id, 'th.admin', '000.00.00.H53', 'admin');
  await testOfficer(db.database, tenant.id, 'th.intake', TAN_NINH, 'intake');
  await testOfficer(db.database, other.id, 'khac.admin', (await firstUnitEid(other)) ?? '', 'admin');
  app = await buildTestApp(db, {
    integrations: {
      webhookAllowHosts: ['127.0.0.1'],
      webhookMaxFailures: 10,
      webhookMaxFailingHours: 24,
      webhookTimeoutMs: 2_000,
      apiKeyRatePerMinute: RATE,
    },
  });
  admin = await loginOfficer(app, 'tay-ninh', 'th.admin');
  intake = await loginOfficer(app, 'tay-ninh', 'th.intake');
  otherAdmin = await loginOfficer(app, other.slug, 'khac.admin');
  // One dossier in each national status, all filed in March 2025, and one in February.
  const statuses: DossierStatus[] = [
    'submitted',
    'accepted',
    'refused',
    'processing',
    'supplement_requested',
    'payment_requested',
    'stopped',
    'result_ready',
    'returned',
  ];
  for (const [i, status] of statuses.entries()) {
    dossiers.set(
      status,
      await dossierIn(db, tenant, status, {
        at: vn(`2025-03-${String(3 + i).padStart(2, '0')} 09:00`),
        unitEid: TAN_NINH,
      }),
    );
  }
  const withdrawn = await dossierIn(db, tenant, 'processing', { at: vn('2025-03-20 09:00'), unitEid: TAN_NINH });
  await performAction(
    { database: db.database, clock: { now: () => vn('2025-03-21 09:00') } },
    {
      tenant,
      code: withdrawn.code,
      action: 'withdraw',
      actor: { kind: 'citizen' },
      lookupKey: withdrawn.key,
      requestId: 't',
    },
  );
  dossiers.set('withdrawal_requested', withdrawn);
  dossiers.set('february', await dossierIn(db, tenant, 'accepted', { at: vn('2025-02-27 09:00'), unitEid: TAN_NINH }));
});

afterAll(async () => {
  await app.close();
  await db.drop();
});

async function firstUnitEid(t: Tenant): Promise<string | undefined> {
  const units = await db.database.pool.query<{ eid: string }>(
    'select eid from units where tenant_id = $1 order by eid',
    [t.id],
  );
  return units.rows[0]?.eid;
}

function asOfficer(session: OfficerSession, options: InjectOptions): InjectOptions {
  return { ...options, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...options.headers } };
}

async function createKey(scopes: string[], session = admin, slug = 'tay-ninh'): Promise<CreatedApiKey> {
  const res = await app.inject(
    asOfficer(session, {
      method: 'POST',
      url: `/api/v1/${slug}/console/admin/integrations/keys`,
      payload: { name: 'Hệ thống một cửa của tỉnh', scopes },
    }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CreatedApiKey>();
}

const bearer = (key: string | undefined) => ({ authorization: `Bearer ${key ?? ''}` });

describe('API keys', () => {
  it('shows a new key once and stores only its hash; a repeated request gets no key', async () => {
    const payload = { name: 'Cổng dịch vụ công tỉnh', scopes: ['applications:read'] };
    const request = asOfficer(admin, {
      method: 'POST',
      url: KEYS,
      payload,
      headers: { 'idempotency-key': 'tao-khoa-0001' },
    });
    const first = await app.inject(request);
    expect(first.statusCode).toBe(201);
    const created = first.json<CreatedApiKey>();
    expect(created.secret).toMatch(/^mc_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret?.startsWith(`${created.prefix}_`)).toBe(true);
    expect(created).toMatchObject({
      name: payload.name,
      scopes: ['applications:read'],
      revokedAt: null,
      lastUsedAt: null,
    });
    const again = (await app.inject(request)).json<CreatedApiKey>();
    expect(again.id).toBe(created.id);
    expect(again.secret).toBeUndefined();
    const stored = await db.database.pool.query(
      `select (select count(*)::int from api_keys where secret_hash = $1 or prefix = $1) as plain,
              (select count(*)::int from idempotency_keys where body::text like '%' || $1 || '%') as cached`,
      [created.secret],
    );
    expect(stored.rows[0]).toEqual({ plain: 0, cached: 0 });
    const list = (await app.inject(asOfficer(admin, { method: 'GET', url: KEYS }))).json<{ items: ApiKey[] }>();
    expect(list.items.find((k) => k.id === created.id)).toMatchObject({
      prefix: created.prefix,
      createdBy: { name: 'Cán bộ thử nghiệm' },
    });
    expect(JSON.stringify(list)).not.toContain(created.secret);
  });

  it('keeps key management to the province admin', async () => {
    const res = await app.inject(asOfficer(intake, { method: 'GET', url: KEYS }));
    expect(res.json()).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    expect((await app.inject({ method: 'GET', url: KEYS })).statusCode).toBe(401);
  });

  it('authenticates integrator routes by key and scope (401 / 403 / 200)', async () => {
    const reader = await createKey(['applications:read']);
    const webhooksOnly = await createKey(['webhooks:manage']);
    const revoked = await createKey(['applications:read']);
    const foreign = await createKey(['applications:read'], otherAdmin, 'tinh-khac-tich-hop');
    const revoke = await app.inject(asOfficer(admin, { method: 'POST', url: `${KEYS}/${revoked.id}/revoke` }));
    expect(revoke.json()).toMatchObject({ id: revoked.id, revokedAt: expect.any(String) as string });
    const code = dossiers.get('processing')?.code ?? '';
    const url = `${T}/integrations/applications/${code}`;
    const cases: [string, Record<string, string>, number, string?][] = [
      ['no key', {}, 401, 'INTEGRATION.UNAUTHENTICATED'],
      ['another scheme', { authorization: `Basic ${reader.secret ?? ''}` }, 401],
      ['malformed', bearer('not-a-key'), 401],
      ['unknown', bearer(`mc_zzzzzzzz_${'A'.repeat(43)}`), 401],
      ['right prefix, wrong secret', bearer(`${reader.prefix}_${'B'.repeat(43)}`), 401],
      ['revoked', bearer(revoked.secret), 401],
      ['another province’s key', bearer(foreign.secret), 401],
      ['without the scope', bearer(webhooksOnly.secret), 403, 'INTEGRATION.SCOPE_MISSING'],
      ['valid', bearer(reader.secret), 200],
    ];
    for (const [name, headers, status, problem] of cases) {
      const res = await app.inject({ method: 'GET', url, headers });
      expect(res.statusCode, name).toBe(status);
      if (status === 401) {
        expect(res.headers['content-type'], name).toContain('application/problem+json');
        expect(res.headers['www-authenticate'], name).toBe('Bearer realm="motcua"');
        expect(res.json(), name).toMatchObject({ code: 'INTEGRATION.UNAUTHENTICATED' });
      }
      if (problem) expect(res.json(), name).toMatchObject({ code: problem });
    }
    const view = (await app.inject({ method: 'GET', url, headers: bearer(reader.secret) })).json<
      Record<string, unknown>
    >();
    expect(view).toMatchObject({
      code,
      status: 4,
      statusLabel: 'Đang xử lý',
      applicantName: expect.not.stringContaining('Trần Văn Bình') as string,
    });
    const unknown = await app.inject({
      method: 'GET',
      url: `${T}/integrations/applications/000.20.01.H53-250303-9999`,
      headers: bearer(reader.secret),
    });
    expect(unknown.statusCode).toBe(404);
    const used = await app.inject(asOfficer(admin, { method: 'GET', url: KEYS }));
    expect(used.json<{ items: ApiKey[] }>().items.find((k) => k.id === reader.id)?.lastUsedAt).not.toBeNull();
    const audit = await db.database.pool.query<{ action: string; subject_id: string; actor_type: string }>(
      `select action, subject_id, actor_type from audit_log where tenant_id = $1 and subject_id = $2 order by seq`,
      [tenant.id, revoked.id],
    );
    expect(audit.rows).toEqual([
      { action: 'integration.key.create', subject_id: revoked.id, actor_type: 'officer' },
      { action: 'integration.key.revoke', subject_id: revoked.id, actor_type: 'officer' },
    ]);
  });

  it('limits the requests of one key per minute, without touching another key’s allowance', async () => {
    const busy = await createKey(['applications:read']);
    const calm = await createKey(['applications:read']);
    const url = `${T}/integrations/applications/${dossiers.get('accepted')?.code ?? ''}`;
    const statuses: number[] = [];
    for (let i = 0; i <= RATE; i += 1)
      statuses.push((await app.inject({ method: 'GET', url, headers: bearer(busy.secret) })).statusCode);
    expect(statuses.slice(0, RATE).every((s) => s === 200)).toBe(true);
    const limited = await app.inject({ method: 'GET', url, headers: bearer(busy.secret) });
    expect(limited.json()).toMatchObject({ status: 429, code: 'REQUEST.TOO_MANY' });
    expect((await app.inject({ method: 'GET', url, headers: bearer(calm.secret) })).statusCode).toBe(200);
  });
});

describe('webhook endpoints managed with an API key', () => {
  it('needs webhooks:manage, refuses internal addresses, and records the integrator as the author', async () => {
    const manager = await createKey(['webhooks:manage']);
    const reader = await createKey(['applications:read']);
    const url = `${T}/integrations/webhooks`;
    const body = { url: 'http://127.0.0.1:9/motcua', events: ['application.accepted'] };
    expect((await app.inject({ method: 'POST', url, headers: bearer(reader.secret), payload: body })).statusCode).toBe(
      403,
    );
    for (const bad of [
      'http://10.0.0.7/hook',
      'http://169.254.169.254/latest',
      'http://[::1]:8080/',
      'http://u:p@127.0.0.1/',
      'ftp://127.0.0.1/x',
    ]) {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: bearer(manager.secret),
        payload: { ...body, url: bad },
      });
      expect(res.json(), bad).toMatchObject({
        status: 422,
        code: 'INTEGRATION.WEBHOOK_URL_INVALID',
        errors: [{ pointer: '/body/url' }],
      });
    }
    const created = await app.inject({ method: 'POST', url, headers: bearer(manager.secret), payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const hook = created.json<CreatedWebhookEndpoint>();
    expect(hook).toMatchObject({
      url: 'http://127.0.0.1:9/motcua',
      events: ['application.accepted'],
      enabled: true,
      pending: 0,
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = await app.inject({ method: 'GET', url, headers: bearer(manager.secret) });
    expect(JSON.stringify(listed.json())).not.toContain(hook.secret);
    const patched = await app.inject({
      method: 'PATCH',
      url: `${url}/${hook.id}`,
      headers: bearer(manager.secret),
      payload: { enabled: false },
    });
    expect(patched.json()).toMatchObject({ enabled: false, disabledReason: 'manual' });
    const audit = await db.database.pool.query<{ action: string; actor_type: string; actor_id: string }>(
      `select action, actor_type, actor_id from audit_log where tenant_id = $1 and subject_id = $2 order by seq`,
      [tenant.id, hook.id],
    );
    expect(audit.rows).toEqual([
      { action: 'integration.webhook.create', actor_type: 'integrator', actor_id: manager.id },
      { action: 'integration.webhook.update', actor_type: 'integrator', actor_id: manager.id },
    ]);
    // Another province's admin does not see it.
    const foreign = await app.inject(
      asOfficer(otherAdmin, {
        method: 'GET',
        url: `/api/v1/tinh-khac-tich-hop/console/admin/integrations/webhooks/${hook.id}`,
      }),
    );
    expect(foreign.json()).toMatchObject({ status: 404, code: 'INTEGRATION.WEBHOOK_NOT_FOUND' });
  });
});

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i] ?? '', cell])));
}

describe('export in the national portal’s status coding', () => {
  const march = 'from=2025-03-01&to=2025-03-31';

  it('gives one row per dossier submitted in the period with its status code 1–10 and QĐ 766 dates', async () => {
    const key = await createKey(['applications:export']);
    const late = await insertDossierRow(db.database, tenant.id, {
      unitEid: TAN_NINH,
      procedureCode: '1.001193',
      channel: 'counter',
      receivedAt: '2025-03-25 09:00',
      dueAt: '2025-03-26 09:00',
      endedAt: '2025-03-28 09:00',
    });
    expect(late).toBeTruthy();
    const res = await app.inject({
      method: 'GET',
      url: `${T}/integrations/applications/export?${march}&format=json`,
      headers: bearer(key.secret),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const document = res.json<{ from: string; to: string; items: ExportRow[] }>();
    expect(document.from).toBe('2025-03-01');
    const byCode = new Map(document.items.map((row) => [row.code, row]));
    const codeOf = (status: string) => byCode.get(dossiers.get(status)?.code ?? '');
    const expected: [string, number][] = [
      ['submitted', 1],
      ['accepted', 2],
      ['refused', 3],
      ['processing', 4],
      ['supplement_requested', 5],
      ['payment_requested', 6],
      ['withdrawal_requested', 7],
      ['stopped', 8],
      ['result_ready', 9],
      ['returned', 10],
    ];
    for (const [status, code] of expected) expect(codeOf(status)?.status, status).toBe(code);
    expect(byCode.has(dossiers.get('february')?.code ?? '')).toBe(false);
    expect(document.items).toHaveLength(11);
    expect(codeOf('submitted')).toMatchObject({
      statusLabel: 'Mới đăng ký',
      channel: 'online',
      nationalChannel: 2,
      receivedAt: null,
      onTime: null,
    });
    expect(codeOf('returned')).toMatchObject({
      submittedAt: '2025-03-11T09:00:00+07:00',
      supplementCount: 0,
      onTime: true,
    });
    expect(codeOf('returned')?.returnedAt).toBe('2025-03-11T09:00:00+07:00');
    expect(codeOf('refused')).toMatchObject({ receivedAt: null, endedAt: '2025-03-05T09:00:00+07:00', onTime: null });
    expect(codeOf('supplement_requested')?.supplementCount).toBe(1);
    const lateRow = document.items.find((row) => row.channel === 'counter');
    expect(lateRow).toMatchObject({
      nationalChannel: 1,
      status: 9,
      originalDueAt: '2025-03-26T09:00:00+07:00',
      onTime: false,
    });
    // In submission order.
    expect(document.items.map((r) => r.submittedAt)).toEqual([...document.items.map((r) => r.submittedAt)].sort());
  });

  it('streams the same rows as CSV, also to the province admin in the console; needs applications:export', async () => {
    const key = await createKey(['applications:export']);
    const res = await app.inject({
      method: 'GET',
      url: `${T}/integrations/applications/export?${march}`,
      headers: bearer(key.secret),
    });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ho-so-2025-03-01_2025-03-31.csv"');
    expect(
      res.body.startsWith('\uFEFFcode,procedureCode,status,statusLabel,channel,nationalChannel,unitEid,submittedAt'),
    ).toBe(true);
    const rows = parseCsv(res.body);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r['code'] === dossiers.get('payment_requested')?.code)).toMatchObject({
      status: '6',
      statusLabel: 'Yêu cầu thực hiện nghĩa vụ tài chính',
      onTime: '',
    });
    const consoleCsv = await app.inject(
      asOfficer(admin, { method: 'GET', url: `${T}/console/admin/integrations/export?${march}` }),
    );
    expect(consoleCsv.body).toBe(res.body);
    const reader = await createKey(['applications:read']);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `${T}/integrations/applications/export?${march}`,
          headers: bearer(reader.secret),
        })
      ).statusCode,
    ).toBe(403);
    const tooLong = await app.inject({
      method: 'GET',
      url: `${T}/integrations/applications/export?from=2024-01-01&to=2025-03-31`,
      headers: bearer(key.secret),
    });
    expect(tooLong.json()).toMatchObject({ status: 422, code: 'REPORTS.RANGE_INVALID' });
  });
});
