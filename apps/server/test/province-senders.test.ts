import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import type { NoticeList } from '@motcua/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { publishInTx } from '../src/modules/catalog/index.ts';
import { createChannels, type Channel, type ChannelKind } from '../src/modules/channels/index.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../src/modules/channels/testing/fake-sms-gateway.ts';
import { startFakeSmtpServer, type FakeSmtpServer } from '../src/modules/channels/testing/fake-smtp-server.ts';
import { deliverNotice } from '../src/modules/notifications/index.ts';
import {
  listUnits,
  readMessaging,
  writeMessagingInTx,
  type Messaging,
  type Tenant,
} from '../src/modules/tenants/index.ts';
import { withTx } from '../src/platform/db/database.ts';
import { buildTestApp } from './app.ts';
import { dossierIn } from './factories/dossier.ts';
import { loginOfficer, testOfficer } from './factories/officer.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const now = new Date('2026-11-24T03:00:00Z');
let db: TestDatabase;
/** The demo province: no sender of its own, so the deployment's. */
let shared: Tenant;
/** A province with its own brand name, gateway token, From and mail server. */
let own: Tenant;
let ownUnits: { centre: string; commune: string };
let gateway: FakeSmsGateway;
let relay: FakeSmtpServer;
let ownServer: FakeSmtpServer;
/** The environment the channels read the provinces' secrets from. */
const vars: Record<string, string | undefined> = {};
let channels: ReadonlyMap<ChannelKind, Channel>;

const OWN_MESSAGING: Messaging = {
  sms: { sender: 'TINHRIENG', secretEnv: 'TINH_RIENG_SMS_TOKEN' },
  email: { from: 'Một cửa Tỉnh Riêng <motcua@tinhrieng.example.vn>', secretEnv: 'TINH_RIENG_SMTP_URL' },
};

async function setMessaging(tenant: Tenant, messaging: Messaging): Promise<void> {
  await withTx(db.database, tenant.id, (tx) => writeMessagingInTx(tx, tenant.id, messaging));
}

beforeAll(async () => {
  db = await createTestDatabase();
  shared = (await seedDemo(db.database)).tenant;
  own = await tenantWithUnits(db.database, 'tinh-rieng');
  const units = await withTx(db.database, own.id, (tx) => listUnits(tx, own.id));
  const commune = units.find((u) => u.kind === 'commune');
  const centre = units.find((u) => u.kind === 'service_centre');
  if (!commune || !centre) throw new Error('no units');
  ownUnits = { centre: centre.eid, commune: commune.eid };
  await withTx(db.database, own.id, (tx) => publishInTx(tx, own.id, khaiSinh, [commune.id], 'test'));
  await setMessaging(own, OWN_MESSAGING);

  gateway = await startFakeSmsGateway({
    fields: { phone: '/to', text: '/message', reference: '/clientRef' },
    auth: { header: 'authorization', value: ['Bearer deploy-tok', 'Bearer tinh-rieng-tok'] },
  });
  relay = await startFakeSmtpServer({ user: 'relay', pass: 'relay-pass' });
  ownServer = await startFakeSmtpServer({ user: 'tinh-rieng', pass: 'pàss:1' });
  vars['TINH_RIENG_SMS_TOKEN'] = 'tinh-rieng-tok';
  vars['TINH_RIENG_SMTP_URL'] = `smtp://tinh-rieng:p%C3%A0ss%3A1@127.0.0.1:${String(ownServer.port)}`;
  const config = loadConfig({
    MOTCUA_SMS_URL: gateway.url,
    MOTCUA_SMS_AUTH: 'bearer:deploy-tok',
    MOTCUA_SMS_BODY: '{"to":"{{phone}}","message":"{{text}}","brandname":"{{sender}}","clientRef":"{{deliveryId}}"}',
    MOTCUA_SMS_SENDER: 'MOTCUA',
    MOTCUA_SMS_ID_POINTER: '/data/messageId',
    MOTCUA_SMTP_URL: `smtp://relay:relay-pass@127.0.0.1:${String(relay.port)}`,
    MOTCUA_MAIL_FROM: 'Một Cửa <thong-bao@motcua.example.vn>',
    MOTCUA_SMTP_TIMEOUT_MS: '3000',
  });
  // As the worker wires them (delivery.ts): the setting read at every send, secrets from the environment.
  channels = createChannels(config, {
    sendersOf: (tenantId) => readMessaging({ database: db.database }, tenantId),
    secret: (name) => vars[name],
  });
}, 60_000);

afterAll(async () => {
  await gateway.close();
  await relay.close();
  await ownServer.close();
  await db.drop();
});

function only(...kinds: ChannelKind[]) {
  return {
    database: db.database,
    channels: new Map([...channels].filter(([kind]) => kinds.includes(kind))),
    publicUrl: () => 'https://motcua.test/',
    now: () => now,
  };
}

/** Files a dossier, has it accepted, and answers the delivery id of the "accepted" notice. */
async function acceptedNotice(tenant: Tenant, applicantEmail?: string): Promise<string> {
  const { code } = await dossierIn(db, tenant, 'accepted', {
    at: now,
    ...(tenant.id === own.id ? { unitEid: ownUnits.commune } : {}),
    ...(applicantEmail ? { applicantEmail } : {}),
  });
  const rows = await db.database.pool.query<{ delivery_id: string }>(
    `select i.delivery_id from notification_intents i
       join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
      where a.code = $1 and i.intent = 'application.accepted'`,
    [code],
  );
  const deliveryId = rows.rows[0]?.delivery_id;
  if (!deliveryId) throw new Error('no accepted notice');
  return deliveryId;
}

/** The SMS and e-mail tries of a notice (or of one route) with their reasons. */
async function attemptsOf(deliveryId: string, route?: 'sms' | 'email'): Promise<string[]> {
  const rows = await db.database.pool.query<{ route: string; state: string; reason: string | null }>(
    `select route, state, reason from notification_attempts where delivery_id = $1 and route = any($2)
      order by array_position(array['sms', 'email'], route), attempt`,
    [deliveryId, route ? [route] : ['sms', 'email']],
  );
  return rows.rows.map((r) => `${r.route}:${r.state}${r.reason ? `: ${r.reason}` : ''}`);
}

/** The brand name and credential of every SMS the gateway took, in order. */
function smsSent(from = 0): { brandname: unknown; authorization: unknown; ref: unknown }[] {
  return gateway.requests.slice(from).map((r) => {
    const body = JSON.parse(r.body) as Record<string, unknown>;
    return { brandname: body['brandname'], authorization: r.headers.authorization, ref: body['clientRef'] };
  });
}

describe("each province's SMS and e-mail under its own name", () => {
  it('sends SMS with the province’s brand name and gateway token, and the deployment’s for the other', async () => {
    const sharedId = await acceptedNotice(shared);
    const ownId = await acceptedNotice(own);
    const before = gateway.requests.length;
    expect(await deliverNotice(only('sms'), { tenantId: shared.id, deliveryId: sharedId })).toBe('delivered');
    expect(await deliverNotice(only('sms'), { tenantId: own.id, deliveryId: ownId })).toBe('delivered');
    expect(smsSent(before)).toEqual([
      { brandname: 'MOTCUA', authorization: 'Bearer deploy-tok', ref: sharedId },
      { brandname: 'TINHRIENG', authorization: 'Bearer tinh-rieng-tok', ref: ownId },
    ]);
    expect(
      gateway
        .received()
        .slice(-2)
        .map((m) => m.address),
    ).toEqual(['84912345678', '84912345678']);
  });

  it('sends e-mail From the province through its own mail server, and the other through the relay', async () => {
    const sharedId = await acceptedNotice(shared, 'lan.nguyen@example.vn');
    const ownId = await acceptedNotice(own, 'binh.tran@example.vn');
    expect(await deliverNotice(only('email'), { tenantId: shared.id, deliveryId: sharedId })).toBe('delivered');
    expect(await deliverNotice(only('email'), { tenantId: own.id, deliveryId: ownId })).toBe('delivered');

    const viaRelay = relay.mails.map((m) => [m.user, m.envelopeFrom, m.mail.headers.get('from'), m.envelopeTo]);
    expect(viaRelay).toEqual([
      ['relay', 'thong-bao@motcua.example.vn', 'Một Cửa <thong-bao@motcua.example.vn>', ['lan.nguyen@example.vn']],
    ]);
    const [mail] = ownServer.mails;
    expect(ownServer.mails).toHaveLength(1);
    expect(mail?.user).toBe('tinh-rieng');
    expect(mail?.envelopeFrom).toBe('motcua@tinhrieng.example.vn');
    expect(mail?.mail.headers.get('from')).toBe('Một cửa Tỉnh Riêng <motcua@tinhrieng.example.vn>');
    expect(mail?.mail.headers.get('message-id')).toBe(`<${ownId}@tinhrieng.example.vn>`);
    expect(mail?.envelopeTo).toEqual(['binh.tran@example.vn']);
    expect(mail?.mail.headers.get('subject')).toMatch(/^\[Một Cửa\] /);
  });

  it('reads the setting at every send: a province given a sender while running uses it next time', async () => {
    await setMessaging(shared, { sms: { sender: 'TAYNINH' } });
    try {
      const deliveryId = await acceptedNotice(shared);
      const before = gateway.requests.length;
      expect(await deliverNotice(only('sms'), { tenantId: shared.id, deliveryId })).toBe('delivered');
      // Its own brand name, the deployment's token (it named no secret of its own).
      expect(smsSent(before)).toEqual([{ brandname: 'TAYNINH', authorization: 'Bearer deploy-tok', ref: deliveryId }]);
    } finally {
      await setMessaging(shared, {});
    }
  });

  it('fails the notice, naming the variable, when a province’s secret is missing — and sends nothing else', async () => {
    const saved = { ...vars };
    delete vars['TINH_RIENG_SMS_TOKEN'];
    delete vars['TINH_RIENG_SMTP_URL'];
    try {
      const ownId = await acceptedNotice(own, 'binh.tran@example.vn');
      const sharedId = await acceptedNotice(shared);
      const sms = gateway.requests.length;
      const mails = relay.mails.length + ownServer.mails.length;
      expect(await deliverNotice(only('sms', 'email'), { tenantId: own.id, deliveryId: ownId })).toBe('dead');
      const reasons = [
        "sms:failed: environment variable TINH_RIENG_SMS_TOKEN (the province's SMS gateway credential, sms.secretEnv) is not set",
        "email:failed: environment variable TINH_RIENG_SMTP_URL (the province's SMTP URL, email.secretEnv) is not set",
      ];
      expect(await attemptsOf(ownId)).toEqual(reasons);
      // Neither the deployment's gateway token nor its relay stood in.
      expect(gateway.requests.length).toBe(sms);
      expect(relay.mails.length + ownServer.mails.length).toBe(mails);
      // The other province is not affected.
      expect(await deliverNotice(only('sms', 'email'), { tenantId: shared.id, deliveryId: sharedId })).toBe(
        'delivered',
      );

      // The province admin sees the dead letter and why, as for any channel failure.
      const app = await buildTestApp(db);
      try {
        await testOfficer(db.database, own.id, 'tr.admin', ownUnits.centre, 'admin');
        const session = await loginOfficer(app, own.slug, 'tr.admin');
        const listed = await app.inject({
          method: 'GET',
          url: `/api/v1/${own.slug}/console/admin/notices?status=dead`,
          headers: { cookie: session.cookie },
        });
        expect(listed.statusCode).toBe(200);
        const item = listed.json<NoticeList>().items.find((i) => i.deliveryId === ownId);
        const shown = item?.attempts.filter((a) => a.route === 'sms' || a.route === 'email');
        expect(shown?.map((a) => `${a.route}:${a.state}: ${a.reason ?? ''}`)).toEqual(reasons);
      } finally {
        await app.close();
      }
    } finally {
      Object.assign(vars, saved);
    }
  });

  it('refuses a variable that holds no SMTP URL, and a From that is not an address, without echoing either', async () => {
    vars['TINH_RIENG_SMTP_URL'] = 'mail.tinhrieng.example.vn:587 user s3cret';
    try {
      const first = await acceptedNotice(own, 'binh.tran@example.vn');
      expect(await deliverNotice(only('email'), { tenantId: own.id, deliveryId: first })).toBe('dead');
      expect(await attemptsOf(first, 'email')).toEqual([
        'email:failed: environment variable TINH_RIENG_SMTP_URL does not hold an SMTP URL: expected smtp://[user:password@]host[:port] or smtps://…',
      ]);
    } finally {
      vars['TINH_RIENG_SMTP_URL'] = `smtp://tinh-rieng:p%C3%A0ss%3A1@127.0.0.1:${String(ownServer.port)}`;
    }
    await setMessaging(own, { ...OWN_MESSAGING, email: { from: 'Tỉnh Riêng', secretEnv: 'TINH_RIENG_SMTP_URL' } });
    try {
      const second = await acceptedNotice(own, 'binh.tran@example.vn');
      expect(await deliverNotice(only('email'), { tenantId: own.id, deliveryId: second })).toBe('dead');
      expect(await attemptsOf(second, 'email')).toEqual([
        "email:failed: the province's e-mail From (email.from) is invalid: expected an address (noreply@example.vn) or Name <noreply@example.vn>",
      ]);
    } finally {
      await setMessaging(own, OWN_MESSAGING);
    }
  });
});
