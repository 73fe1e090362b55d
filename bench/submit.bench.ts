/**
 * Filing benchmark: `POST /api/v1/tay-ninh/applications` for Đăng ký khai sinh (1.001193) with two
 * ~300 KB photos each, against a bare Fastify route doing one raw `pg` INSERT per request on the
 * same PostgreSQL. Photos are uploaded (`POST /uploads`) before the measured filing phase: an
 * upload is its own request with its own cost, reported on a secondary line. Prints readable
 * lines, then one JSON line (the last line) for tooling.
 *
 *   npx tsx bench/submit.bench.ts             (ephemeral PostgreSQL tuning)
 *   npx tsx bench/submit.bench.ts --durable   (normal fsync / synchronous_commit)
 */
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { documentJpeg } from '../apps/server/src/modules/attachments/test/images.ts';
import { fileUpload } from '../apps/server/src/modules/attachments/test/multipart.ts';
import { createPool } from '../apps/server/src/platform/db/database.ts';
import {
  bootSystem,
  describeLoad,
  durabilityNote,
  durableFlag,
  elapsedSince,
  khaiSinhExample,
  load,
  round3,
  startBaseline,
  type LoadItem,
  type LoadResult,
} from './bench-support.ts';

/** Dossiers filed in the measured phase (each takes two fresh uploads). */
const DOSSIERS = 1_500;
const UPLOAD_CONNECTIONS = 8;
const UPLOAD_SECONDS = 10;
const CONNECTIONS = 20;
const WARMUP_DOSSIERS = 100;

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const ephemeral = !durableFlag();
  const system = await bootSystem({ ephemeral });
  try {
    console.info(durabilityNote(ephemeral));
    const photo = await documentJpeg(1240, 1650);
    const upload = fileUpload(photo);
    const uploadOptions = {
      url: `${system.url}/api/v1/tay-ninh/uploads`,
      method: 'POST',
      headers: upload.headers,
      bodyBase64: upload.payload.toString('base64'),
    };
    console.info(`photo: ${(photo.length / 1024).toFixed(0)} KB JPEG (1240×1650 page of text)`);

    // Secondary line: the upload endpoint alone, for a bounded time. Its ids are kept for filing.
    const uploads = await load(
      { ...uploadOptions, connections: UPLOAD_CONNECTIONS, duration: UPLOAD_SECONDS },
      { collect: true },
    );
    console.info(describeLoad('upload    ', uploads));
    const ids = uploads.bodies.map((b) => (JSON.parse(b) as { id: string }).id);
    const needed = 2 * (DOSSIERS + WARMUP_DOSSIERS + 2 * CONNECTIONS);
    if (ids.length < needed) {
      // Uploading runs at a few photos per second here (image checks and re-encoding), so the
      // ids still needed are clones of the uploaded rows: new ids over the same stored objects,
      // which is all filing reads.
      const cloned = await system.database.pool.query<{ id: string }>(
        `insert into uploads (tenant_id, id, kind, content_type, size, sha256, storage_key, thumbnail_key, width,
                              height, quality, key_id, created_at)
         select u.tenant_id, gen_random_uuid(), u.kind, u.content_type, u.size, u.sha256, u.storage_key,
                u.thumbnail_key, u.width, u.height, u.quality, u.key_id, now()
           from generate_series(1, $1::int) as g
           join lateral (select * from uploads order by created_at offset (g % $2::int) limit 1) as u on true
         returning id`,
        [needed - ids.length, Math.max(1, ids.length)],
      );
      ids.push(...cloned.rows.map((r) => r.id));
      console.info(
        `upload ids: ${uploads.ok} uploaded over HTTP, ${cloned.rowCount ?? 0} more cloned in SQL from them (each id is filed once)`,
      );
    }

    const form = khaiSinhExample(khaiSinh.form?.schema['examples']);
    const filing = (n: number): LoadItem => ({
      path: '/api/v1/tay-ninh/applications',
      headers: { 'content-type': 'application/json', 'idempotency-key': `bench-filing-${String(n).padStart(6, '0')}` },
      body: JSON.stringify({
        procedureCode: '1.001193',
        caseKey: 'thong-thuong',
        applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678', address: 'Phường Tân Ninh, tỉnh Tây Ninh' },
        form,
        attachments: [
          { documentKey: 'giay-chung-sinh', uploadId: ids[2 * n] },
          { documentKey: 'van-ban-uy-quyen', uploadId: ids[2 * n + 1] },
        ],
      }),
    });
    const pairs = Math.floor(ids.length / 2);
    const items = Array.from({ length: pairs }, (_, n) => filing(n));
    const check = await fetch(`${system.url}/api/v1/tay-ninh/applications`, {
      method: 'POST',
      headers: items[0]?.headers,
      body: items[0]?.body ?? null,
    });
    if (check.status !== 201) throw new Error(`filing answered ${check.status}: ${await check.text()}`);
    await load(
      { url: system.url, connections: CONNECTIONS, amount: WARMUP_DOSSIERS, method: 'POST' },
      { items: items.slice(1, 1 + WARMUP_DOSSIERS + CONNECTIONS) },
    );
    const measured = items.slice(1 + WARMUP_DOSSIERS + CONNECTIONS);
    const ours = await load(
      { url: system.url, connections: CONNECTIONS, amount: measured.length - CONNECTIONS, method: 'POST' },
      { items: measured },
    );
    console.info(describeLoad('filing    ', ours));
    const counts = await system.database.pool.query<{ filed: number; documents: number; events: number }>(
      `select (select count(*) from applications) as filed,
              (select count(*) from application_documents) as documents,
              (select count(*) from application_events) as events`,
    );
    const c = counts.rows[0];
    console.info(`written: ${c?.filed} dossiers, ${c?.documents} documents, ${c?.events} events`);

    const pool = createPool(system.databaseUrl, 10);
    await pool.query('create table bench_filings (id bigserial primary key, body jsonb not null, at timestamptz)');
    const baseline = await startBaseline((app) => {
      app.post('/api/v1/:tenant/applications', async (request, reply) => {
        const result = await pool.query<{ id: number }>(
          'insert into bench_filings (body, at) values ($1, now()) returning id',
          [JSON.stringify(request.body)],
        );
        return reply.status(201).send({ id: result.rows[0]?.id });
      });
    });
    let bare: LoadResult;
    try {
      await load(
        { url: baseline.url, connections: CONNECTIONS, amount: WARMUP_DOSSIERS, method: 'POST' },
        { items: items.slice(0, 1 + WARMUP_DOSSIERS + CONNECTIONS) },
      );
      bare = await load(
        { url: baseline.url, connections: CONNECTIONS, amount: measured.length - CONNECTIONS, method: 'POST' },
        { items: measured },
      );
    } finally {
      await baseline.close();
      await pool.end();
    }
    console.info(describeLoad('baseline  ', bare));
    const ratio = ours.rps / bare.rps;
    console.info(
      `targets: >= 150 dossiers/s ${ours.rps >= 150 ? 'met' : 'NOT met'} (${ours.rps.toFixed(0)}), p99 <= 300 ms ${ours.p99 <= 300 ? 'met' : 'NOT met'} (${ours.p99.toFixed(1)} ms)`,
    );
    console.info(`total time ${elapsedSince(started).toFixed(0)} s`);
    console.log(
      JSON.stringify({
        bench: 'submit',
        ratio: round3(ratio),
        baseline: 'bare Fastify route doing one raw pg INSERT of the request body per request (same PostgreSQL)',
        p50_ms: round3(ours.p50),
        p99_ms: round3(ours.p99),
        rps: Math.round(ours.rps),
        baseline_p50_ms: round3(bare.p50),
        baseline_p99_ms: round3(bare.p99),
        baseline_rps: Math.round(bare.rps),
        dossiers: ours.ok,
        failed: ours.failed,
        connections: CONNECTIONS,
        photo_kb: Math.round(photo.length / 1024),
        upload_rps: Math.round(uploads.rps),
        upload_p50_ms: round3(uploads.p50),
        upload_p99_ms: round3(uploads.p99),
        durable: !ephemeral,
      }),
    );
  } finally {
    await system.stop();
  }
}

await main();
