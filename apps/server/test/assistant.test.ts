import { readdir, readFile } from 'node:fs/promises';
import type { DocumentReading, DossierReadings } from '@motcua/contracts';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assistantTasks } from '../src/assisting.ts';
import { tesseractEngine, type OcrEngine } from '../src/modules/assistant/index.ts';
import { importCatalog } from '../src/modules/catalog/index.ts';
import { listUnits, type Tenant } from '../src/modules/tenants/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { withTx } from '../src/platform/db/database.ts';
import { readJsonRecords } from '../src/platform/files/json-records.ts';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { fileUpload } from './factories/files.ts';
import { idCardJpeg, landscapeJpeg, SAMPLE_PERSON } from './factories/id-card.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { procedureDefinition } from './factories/procedure.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let app: FastifyInstance;
let runner: Runner;
let ocr: OcrEngine;
const sessions = new Map<'own' | 'otherUnit' | 'otherProvince', OfficerSession>();
const ID_SLOT = 'giay-to-nhan-than';
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

async function communes(tenant: Tenant): Promise<string[]> {
  const units = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
  return units.filter((u) => u.kind === 'commune').map((u) => u.eid);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const tenant = await tenantWithUnits(db.database, 'tinh-mot');
  const elsewhere = await tenantWithUnits(db.database, 'tinh-hai');
  await importCatalog(db.database, tenant.id, readJsonRecords(JSON.stringify([procedure]), 'json'), {
    publishedBy: 'test',
  });
  const [first = '', second = ''] = await communes(tenant);
  await testOfficer(db.database, tenant.id, 'mot.intake', first);
  await testOfficer(db.database, tenant.id, 'hai.intake', second);
  await testOfficer(db.database, elsewhere.id, 'xa.intake', (await communes(elsewhere))[0] ?? '');
  app = await buildTestApp(db);
  sessions.set('own', await loginOfficer(app, 'tinh-mot', 'mot.intake'));
  sessions.set('otherUnit', await loginOfficer(app, 'tinh-mot', 'hai.intake'));
  sessions.set('otherProvince', await loginOfficer(app, 'tinh-hai', 'xa.intake'));
  // One recogniser for the whole file, kept warm between jobs as in production.
  ocr = tesseractEngine({ workers: 1 });
  const assistant = assistantTasks({
    database: db.database,
    keyProvider: masterKeyProvider(testMasterKey),
    // The store `buildTestApp` writes to.
    config: { storage: { kind: 'local', dir: db.filesDir } },
    now: () => new Date(),
    ocr,
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
  await ocr.close();
  await app.close();
  await db.drop();
});

interface Uploaded {
  id: string;
  token: string;
  quality: DocumentReading['quality'];
}

async function upload(photo: Buffer, query = ''): Promise<Uploaded> {
  const { payload, headers } = fileUpload(photo);
  const res = await app.inject({ method: 'POST', url: `/api/v1/tinh-mot/uploads${query}`, payload, headers });
  expect(res.statusCode).toBe(201);
  return res.json<Uploaded>();
}

function readingOf(id: string, token: string, tenant = 'tinh-mot') {
  return app.inject({
    method: 'GET',
    url: `/api/v1/${tenant}/uploads/${id}/reading`,
    headers: { 'x-upload-token': token },
  });
}

/** Polls (as the citizen's app does) until the job has read the photo. */
async function readBack(uploaded: Uploaded): Promise<DocumentReading> {
  const deadline = Date.now() + 25_000;
  for (;;) {
    const reading = (await readingOf(uploaded.id, uploaded.token)).json<DocumentReading>();
    if (reading.status !== 'pending' || Date.now() > deadline) return reading;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Levenshtein distance, for names the recogniser may have read with a wrong tone mark. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

const declaredId = `?procedure=${procedure.code}&document=${ID_SLOT}`;

describe('reading an ID card photo (OCR job, Vietnamese model, offline)', () => {
  let card: Uploaded;

  it('proposes the ID number and the name, for the uploader only, without filling anything', async () => {
    card = await upload(await idCardJpeg(), declaredId);
    expect(card.token).toMatch(/^[\w-]{32}$/);
    const started = Date.now();
    const reading = await readBack(card);
    // What the recogniser read, for whoever looks at the test output.
    console.info(`OCR read in ${String(Date.now() - started)} ms:`, JSON.stringify(reading.proposals));
    expect(reading.status).toBe('done');
    expect(reading.documentType).toBe('id_card');
    expect(reading.quality).toEqual({ ok: true, issues: [] });
    const value = (field: string) => reading.proposals.find((p) => p.field === field);
    expect(value('idNumber')?.value).toBe(SAMPLE_PERSON.idNumber);
    expect(value('idNumber')?.confidence).toBeGreaterThan(0.6);
    expect(distance(plain(value('fullName')?.value ?? ''), plain(SAMPLE_PERSON.fullName))).toBeLessThanOrEqual(2);
    expect(value('dateOfBirth')?.value).toBe(SAMPLE_PERSON.dateOfBirth);
  });

  it.runIf(process.platform === 'linux')(
    'reads in a thread of its own at a low CPU priority (nice 10), the request thread keeping its own',
    async () => {
      const niceOf = async (tid: string): Promise<number> => {
        const stat = await readFile(`/proc/self/task/${tid}/stat`, 'utf8');
        // The fields after the command name: state is the 3rd field of the line, nice the 19th.
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      const threads = await readdir('/proc/self/task');
      const levels = await Promise.all(threads.map(niceOf));
      expect(await niceOf(String(process.pid))).toBe(0);
      expect(levels.filter((n) => n === 10).length).toBeGreaterThanOrEqual(1);
    },
  );

  it('answers "not found" to a wrong token, another province and a missing token', async () => {
    const wrong = await readingOf(card.id, 'A'.repeat(32));
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json<{ code: string }>().code).toBe('ATTACHMENT.NOT_FOUND');
    expect((await readingOf(card.id, card.token, 'tinh-hai')).statusCode).toBe(404);
    const missing = await app.inject({ method: 'GET', url: `/api/v1/tinh-mot/uploads/${card.id}/reading` });
    expect(missing.statusCode).toBe(400);
  });

  it('keeps what was read sealed: neither the number nor the name is in the database in clear', async () => {
    const rows = await db.database.pool.query<{ row: string }>(
      `select row_to_json(r)::text as row from upload_readings r where upload_id = $1`,
      [card.id],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]?.row).not.toContain(SAMPLE_PERSON.idNumber);
    expect(plain(rows.rows[0]?.row ?? '')).not.toContain('hanh');
  });
});

describe('a photo used for an ID-card slot when filing, read for the dossier’s officers', () => {
  let code: string;

  beforeAll(async () => {
    const photo = await upload(await idCardJpeg());
    expect((await readBack(photo)).status).toBe('none');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tinh-mot/applications',
      payload: {
        procedureCode: procedure.code,
        applicant: { fullName: 'Nguyễn Thị Mỹ Hạnh', phone: '0912345678' },
        form: {},
        attachments: [{ documentKey: ID_SLOT, uploadId: photo.id }],
      },
    });
    expect(res.statusCode).toBe(201);
    code = res.json<{ code: string }>().code;
  });

  function dossierReadings(who: 'own' | 'otherUnit' | 'otherProvince') {
    return app.inject({
      method: 'GET',
      url: `/api/v1/tinh-mot/console/applications/${code}/readings`,
      headers: { cookie: sessions.get(who)?.cookie ?? '' },
    });
  }

  it('proposes the fields to an officer of the receiving unit and logs the read', async () => {
    const deadline = Date.now() + 25_000;
    let readings = (await dossierReadings('own')).json<DossierReadings>();
    while (readings.items[0]?.status !== 'done' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      readings = (await dossierReadings('own')).json<DossierReadings>();
    }
    const item = readings.items[0];
    expect(item?.documentKey).toBe(ID_SLOT);
    expect(item?.proposals.find((p) => p.field === 'idNumber')?.value).toBe(SAMPLE_PERSON.idNumber);
    const audit = await db.database.pool.query<{ actor_type: string; subject_id: string }>(
      `select actor_type, subject_id from audit_log where action = 'upload.reading.read'`,
    );
    expect(audit.rows.some((r) => r.actor_type === 'officer' && r.subject_id === item?.uploadId)).toBe(true);
  });

  it('refuses officers of another unit (403) and of another province (401)', async () => {
    expect((await dossierReadings('otherUnit')).statusCode).toBe(403);
    expect((await dossierReadings('otherProvince')).statusCode).toBe(401);
    expect((await dossierReadings('otherUnit')).body).not.toContain(SAMPLE_PERSON.idNumber);
  });
});

describe('"this is not the document asked for"', () => {
  it('warns, in Vietnamese, when a landscape is sent for the ID card; the photo is kept', async () => {
    const photo = await upload(await landscapeJpeg(), declaredId);
    expect(photo.quality.issues.map((i) => i.code)).not.toContain('wrong_document');
    const reading = await readBack(photo);
    expect(reading.status).toBe('done');
    expect(reading.proposals).toEqual([]);
    expect(reading.quality.ok).toBe(false);
    const warning = reading.quality.issues.find((i) => i.code === 'wrong_document');
    expect(warning?.message).toMatch(/không phải thẻ căn cước/);
    expect(warning?.message).toMatch(/vẫn có thể giữ ảnh/);
  });

  it('gives a blank photo one clear instruction (blank), not a second warning', async () => {
    const blank = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#fbfbf8' } })
      .jpeg()
      .toBuffer();
    const reading = await readBack(await upload(blank, `?procedure=${procedure.code}&document=to-khai`));
    expect(reading.status).toBe('done');
    expect(reading.documentType).toBe('text');
    expect(reading.quality.issues.map((i) => i.code)).toEqual(['blank']);
  });

  it('refuses a slot without its procedure, or a procedure without a slot (400)', async () => {
    const { payload, headers } = fileUpload(await landscapeJpeg());
    const noProcedure = await app.inject({
      method: 'POST',
      url: '/api/v1/tinh-mot/uploads?document=to-khai',
      payload,
      headers,
    });
    expect(noProcedure.statusCode).toBe(400);
  });
});
