import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { DEMO_ZALO_APP, seedDemo } from '../../src/demo/seed-demo.ts';
import { zaloSignature } from '../../src/modules/channels/index.ts';
import { listUnits, type Tenant } from '../../src/modules/tenants/index.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import { open } from '../../src/platform/crypto/seal.ts';
import { withTx } from '../../src/platform/db/database.ts';
import { testMasterKey } from '../app.ts';
import { documentJpeg, fileUpload } from '../factories/files.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../factories/officer.ts';
import { tenantWithUnits } from '../factories/tenant.ts';
import type { TestDatabase } from '../harness.ts';

/**
 * Who calls a route in the security tests: nobody, a citizen signed in on the web, officers of the
 * demo province Tây Ninh holding one role on one unit, and an admin of another province.
 */
export type Caller = 'anonymous' | 'citizen' | 'own' | 'otherUnit' | 'processor' | 'adminOnly' | 'otherTenant';

export const CALLERS: readonly Caller[] = [
  'anonymous',
  'citizen',
  'own',
  'otherUnit',
  'processor',
  'adminOnly',
  'otherTenant',
];

/** The units the officers hold their roles on: two commune centres and the provincial centre. */
export const UNIT_EID = { own: '000.20.01.H53', other: '000.20.02.H53', centre: '000.00.00.H53' } as const;

/** The citizen who signs in on the web (and files the dossiers of the fixtures). */
export const CITIZEN_PHONE = '0987654321';

export interface Province {
  tenant: Tenant;
  other: Tenant;
  /** Unit ids of the demo province by e-ID, and of the other province's centre. */
  unitIds: Record<string, string>;
  otherCentreId: string;
  sessions: Map<Caller, { cookie: string; csrf?: string }>;
}

const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};

/** A filing body for the demo's birth registration, with the citizen's applicant details. */
export function filingBody(uploadId: string, applicant: Record<string, string> = {}): Record<string, unknown> {
  return {
    procedureCode: khaiSinh.code,
    caseKey: 'thong-thuong',
    unitEid: UNIT_EID.own,
    applicant: { fullName: 'Lê Thị Hoa', phone: CITIZEN_PHONE, ...applicant },
    form: example,
    attachments: [{ documentKey: 'giay-chung-sinh', uploadId }],
  };
}

let photo: Buffer | undefined;

/** Uploads a real document photo through the public route: its id and the uploader's token. */
export async function uploadPhoto(app: FastifyInstance, slug = 'tay-ninh'): Promise<{ id: string; token: string }> {
  photo ??= await documentJpeg(1000, 800);
  const { payload, headers } = fileUpload(photo);
  const res = await app.inject({ method: 'POST', url: `/api/v1/${slug}/uploads`, payload, headers });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string; token: string }>();
}

/** Files a dossier online through the public route; returns its code and lookup key. */
export async function fileDossier(
  app: FastifyInstance,
  applicant: Record<string, string> = {},
): Promise<{ code: string; key: string; uploadId: string }> {
  const uploadId = (await uploadPhoto(app)).id;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/applications',
    payload: filingBody(uploadId, applicant),
  });
  if (res.statusCode !== 201) throw new Error(`filing failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ code: string; lookupKey: string }>();
  return { code: body.code, key: body.lookupKey, uploadId };
}

/** The one-time code a citizen would get, read back from its sealed delivery job. */
async function deliveredCode(db: TestDatabase, tenantId: string, phone: string): Promise<string> {
  const rows = await db.database.pool.query<{ payload: Record<string, string> }>(
    `select payload from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'notifications:otp' and j.payload->>'phone' = $1 order by j.id desc limit 1`,
    [phone],
  );
  const payload = rows.rows[0]?.payload;
  if (!payload) throw new Error('no sign-in code queued');
  const key = masterKeyProvider(testMasterKey).byId(tenantId, payload['keyId'] ?? '');
  const sealed = Buffer.from(payload['sealedCode'] ?? '', 'base64');
  return open(key.key, sealed, `otp:${tenantId}:${payload['otpId'] ?? ''}`).toString('utf8');
}

/** Signs the citizen in on the web with a one-time code; the answer carries the session cookie. */
export async function citizenSignIn(
  app: FastifyInstance,
  db: TestDatabase,
  tenantId: string,
): Promise<LightMyRequestResponse> {
  const sent = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/citizen/otp',
    payload: { phone: CITIZEN_PHONE },
  });
  if (sent.statusCode !== 202) throw new Error(`otp request failed: ${sent.statusCode}`);
  const code = await deliveredCode(db, tenantId, `84${CITIZEN_PHONE.slice(1)}`);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/citizen/session',
    payload: { phone: CITIZEN_PHONE, code },
  });
  if (res.statusCode !== 200) throw new Error(`citizen sign-in failed: ${res.statusCode}`);
  return res;
}

/** The citizen's session cookie (`name=value`) after signing in. */
export async function citizenCookie(app: FastifyInstance, db: TestDatabase, tenantId: string): Promise<string> {
  return String((await citizenSignIn(app, db, tenantId)).headers['set-cookie']).split(';')[0] ?? '';
}

async function unitIdsOf(db: TestDatabase, tenantId: string): Promise<Record<string, string>> {
  const units = await withTx(db.database, tenantId, (tx) => listUnits(tx, tenantId));
  return Object.fromEntries(units.map((u) => [u.eid, u.id]));
}

/**
 * Seeds the demo province (with its Zalo OA), its officers — intake on one commune centre, intake on
 * another, a processor, an admin — and a second province with its own admin.
 */
export async function seedProvinces(db: TestDatabase): Promise<Omit<Province, 'sessions'>> {
  const tenant = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant;
  await testOfficer(db.database, tenant.id, 'sec.intake', UNIT_EID.own, 'intake');
  await testOfficer(db.database, tenant.id, 'sec.intake2', UNIT_EID.other, 'intake');
  await testOfficer(db.database, tenant.id, 'sec.processor', UNIT_EID.own, 'processor');
  await testOfficer(db.database, tenant.id, 'sec.admin', UNIT_EID.centre, 'admin');
  const other = await tenantWithUnits(db.database, 'tinh-khac');
  const otherUnits = await unitIdsOf(db, other.id);
  const otherCentre = Object.keys(otherUnits).find((eid) => eid.startsWith('000.00.00.')) ?? '';
  await testOfficer(db.database, other.id, 'far.admin', otherCentre, 'admin');
  const otherCommune = Object.keys(otherUnits).find((eid) => eid.startsWith('000.20.01.')) ?? '';
  await testOfficer(db.database, other.id, 'far.intake', otherCommune, 'intake');
  return { tenant, other, unitIds: await unitIdsOf(db, tenant.id), otherCentreId: otherUnits[otherCentre] ?? '' };
}

/** Signs every caller in (officers over HTTP, the citizen with a one-time code). */
export async function signInAll(
  app: FastifyInstance,
  db: TestDatabase,
  seeded: Omit<Province, 'sessions'>,
): Promise<Province> {
  const sessions = new Map<Caller, { cookie: string; csrf?: string }>();
  const officer = async (tenant: string, username: string): Promise<OfficerSession> =>
    loginOfficer(app, tenant, username);
  sessions.set('own', await officer('tay-ninh', 'sec.intake'));
  sessions.set('otherUnit', await officer('tay-ninh', 'sec.intake2'));
  sessions.set('processor', await officer('tay-ninh', 'sec.processor'));
  sessions.set('adminOnly', await officer('tay-ninh', 'sec.admin'));
  sessions.set('otherTenant', await officer('tinh-khac', 'far.admin'));
  sessions.set('citizen', { cookie: await citizenCookie(app, db, seeded.tenant.id) });
  return { ...seeded, sessions };
}

/** Sends a request as `caller`: its cookie and, for officers, its CSRF token (unless `csrf: false`). */
export async function as(
  app: FastifyInstance,
  province: Province,
  caller: Caller,
  request: InjectOptions,
  options: { csrf?: boolean } = {},
): Promise<LightMyRequestResponse> {
  const session = province.sessions.get(caller);
  const headers: Record<string, string> = {};
  if (session) headers['cookie'] = session.cookie;
  if (session?.csrf !== undefined && options.csrf !== false) headers['x-csrf-token'] = session.csrf;
  const own = (request.headers ?? {}) as Record<string, string>;
  return app.inject({ ...request, headers: { ...headers, ...own } });
}

/** A Zalo OA event for the demo province, signed as Zalo signs it. */
export function signedZaloEvent(event: Record<string, unknown>, secret: string = DEMO_ZALO_APP.oaSecretKey) {
  const body = JSON.stringify(event);
  const mac = zaloSignature(DEMO_ZALO_APP.appId, body, String(event['timestamp']), secret);
  return { payload: body, headers: { 'content-type': 'application/json', 'x-zevent-signature': mac } };
}
