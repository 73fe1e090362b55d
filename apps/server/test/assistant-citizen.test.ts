import type { DossierReadings } from '@motcua/contracts';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assistantTasks } from '../src/assisting.ts';
import type { OcrEngine, OcrPage } from '../src/modules/assistant/index.ts';
import { importCatalog } from '../src/modules/catalog/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { readJsonRecords } from '../src/platform/files/json-records.ts';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { documentJpeg, fileUpload } from './factories/files.ts';
import { procedureDefinition } from './factories/procedure.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let app: FastifyInstance;
let runner: Runner;
const ID_SLOT = 'giay-to-nhan-than';
const ID_NUMBER = '001098001234';
const procedure = procedureDefinition({
  cases: [
    {
      key: 'chung',
      name: 'Trường hợp chung',
      documents: [
        { key: ID_SLOT, name: 'Thẻ căn cước (mặt trước)', originals: 0, copies: 1, required: true },
        { key: 'to-khai', name: 'Tờ khai', originals: 1, copies: 0, required: false },
      ],
    },
  ],
});

/** What the recogniser "reads" from every photo: the front of a CCCD (the real engine has its own test). */
function cardPage(): OcrPage {
  const lines = [
    'CĂN CƯỚC CÔNG DÂN',
    `Số / No.: ${ID_NUMBER}`,
    'Họ và tên / Full name:',
    'TRẦN VĂN ĐỨC',
    'Ngày sinh / Date of birth: 01/02/1998',
    'Giới tính / Sex: Nam   Quốc tịch / Nationality: Việt Nam',
  ];
  return {
    lines: lines.map((text) => ({
      text,
      confidence: 95,
      words: text.split(/\s+/).map((word) => ({ text: word, confidence: 95 })),
    })),
  };
}

const cardReader: OcrEngine = { read: () => Promise.resolve(cardPage()), close: () => Promise.resolve() };

beforeAll(async () => {
  db = await createTestDatabase();
  const tenant = await tenantWithUnits(db.database, 'tinh-mot');
  await tenantWithUnits(db.database, 'tinh-hai');
  await importCatalog(db.database, tenant.id, readJsonRecords(JSON.stringify([procedure]), 'json'), {
    publishedBy: 'test',
  });
  app = await buildTestApp(db);
  const assistant = assistantTasks({
    database: db.database,
    keyProvider: masterKeyProvider(testMasterKey),
    config: { storage: { kind: 'local', dir: db.filesDir } },
    now: () => new Date(),
    ocr: cardReader,
  });
  runner = await startJobRunner({
    pool: db.database.pool,
    concurrency: 1,
    tasks: assistant.tasks,
    logger: silentLogger,
  });
});

afterAll(async () => {
  await runner.stop();
  await app.close();
  await db.drop();
});

async function upload(): Promise<string> {
  const { payload, headers } = fileUpload(await documentJpeg(1200, 800));
  const res = await app.inject({ method: 'POST', url: '/api/v1/tinh-mot/uploads', payload, headers });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

/** Files a dossier with an ID-card photo and a form photo, as the citizen app does. */
async function file(): Promise<{ code: string; key: string; card: string; form: string }> {
  const card = await upload();
  const form = await upload();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tinh-mot/applications',
    payload: {
      procedureCode: procedure.code,
      applicant: { fullName: 'Trần Văn Đức', phone: '0912345678' },
      form: {},
      attachments: [
        { documentKey: ID_SLOT, uploadId: card },
        { documentKey: 'to-khai', uploadId: form },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { code, lookupKey } = res.json<{ code: string; lookupKey: string }>();
  return { code, key: lookupKey, card, form };
}

function readings(code: string, key: string, tenant = 'tinh-mot') {
  return app.inject({
    method: 'GET',
    url: `/api/v1/${tenant}/applications/${code}/readings?key=${encodeURIComponent(key)}`,
  });
}

/** Polls, as the citizen app does, until every photo of the dossier has been read. */
async function readBack(code: string, key: string): Promise<DossierReadings> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await readings(code, key);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<DossierReadings>();
    if (body.items.every((i) => i.status !== 'pending') || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the citizen reads the proposals of her filed dossier with its look-up key', () => {
  let mine: Awaited<ReturnType<typeof file>>;
  let other: Awaited<ReturnType<typeof file>>;

  beforeAll(async () => {
    mine = await file();
    other = await file();
  });

  it('gives the ID-card fields read from this dossier’s photos only, and logs each read', async () => {
    const body = await readBack(mine.code, mine.key.toLowerCase());
    expect(body.items.map((i) => i.uploadId).sort()).toEqual([mine.card, mine.form].sort());
    const card = body.items.find((i) => i.documentKey === ID_SLOT);
    expect(card).toMatchObject({ uploadId: mine.card, status: 'done', documentType: 'id_card' });
    expect(card?.proposals.find((p) => p.field === 'idNumber')?.value).toBe(ID_NUMBER);
    expect(card?.proposals.find((p) => p.field === 'fullName')?.value).toBe('Trần Văn Đức');
    expect(body.items.find((i) => i.documentKey === 'to-khai')?.proposals).toEqual([]);
    const audit = await db.database.pool.query<{ actor_type: string; actor_id: string | null; detail: unknown }>(
      `select actor_type, actor_id, detail::jsonb as detail from audit_log where action = 'upload.reading.read' and subject_id = $1`,
      [mine.card],
    );
    expect(audit.rows.at(-1)).toMatchObject({ actor_type: 'citizen', actor_id: null, detail: { via: 'lookup_key' } });
  });

  it('answers one and the same 404 to another dossier’s key, an unknown code and another province', async () => {
    const notMine = await readings(mine.code, other.key);
    const unknown = await readings(mine.code.replace(/\d{4}$/, '9999'), mine.key);
    expect(notMine.statusCode).toBe(404);
    expect(notMine.headers['content-type']).toMatch(/^application\/problem\+json/);
    const bare = (res: typeof notMine) => ({ ...res.json<Record<string, unknown>>(), instance: '', requestId: '' });
    expect(bare(notMine)).toEqual(bare(unknown));
    expect(bare(notMine)).toMatchObject({ status: 404, code: 'APPLICATION.NOT_FOUND' });
    expect(notMine.body).not.toContain(ID_NUMBER);
    expect((await readings(mine.code, mine.key, 'tinh-hai')).statusCode).toBe(404);
    const logged = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'upload.reading.read' and subject_id = any($1)`,
      [[other.card, other.form]],
    );
    expect(logged.rows[0]?.n).toBe(0);
  });
});
