import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { elfHeader, pseudoRandomBytes, storedZip } from './test/archives.ts';
import { buildAttachmentsApp, type AttachmentsTestApp } from './test/harness.ts';
import { blackPng, documentJpeg, hasGpsDirectory, withGpsExif } from './test/images.ts';
import { fileUpload, multipart } from './test/multipart.ts';
import { pdfWithHiddenJavaScript, pdfWithJavaScript, plainPdf } from './test/pdfs.ts';
import { readUpload } from './use-cases/read-upload.ts';

const MAX_BYTES = 2 * 1024 * 1024;

let db: TestDatabase;
let t: AttachmentsTestApp;
let tenant: { id: string; slug: string };

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database);
  t = await buildAttachmentsApp(db, MAX_BYTES);
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

async function upload(body: ReturnType<typeof multipart>, slug = tenant.slug): Promise<Answer> {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/${slug}/uploads`, ...body });
  return { status: res.statusCode, json: res.json() };
}

async function read(id: string, variant: 'file' | 'thumbnail' = 'file') {
  return readUpload(
    { database: db.database, keyProvider: t.keyProvider, store: t.store },
    { tenantId: tenant.id, uploadId: id, variant, actor: { officerId: 'officer-1', requestId: 'req-1' } },
  );
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('POST /api/v1/{tenant}/uploads — accepted files', () => {
  it('takes a phone photo: re-encoded, upright, ≤ 2,000 px, GPS gone, sealed at rest', async () => {
    const photo = await withGpsExif(await documentJpeg(3000, 2250));
    expect(hasGpsDirectory((await sharp(photo).metadata()).exif)).toBe(true);

    const res = await upload(fileUpload(photo, 'IMG_0001.jpg'));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ contentType: 'image/jpeg', quality: { ok: true, issues: [] } });
    const id = String(res.json['id']);

    const { bytes, contentType } = await read(id);
    expect(contentType).toBe('image/jpeg');
    expect(res.json['size']).toBe(bytes.length);
    expect(res.json['sha256']).toBe(sha256(bytes));
    const stored = await sharp(bytes).metadata();
    expect(stored.exif).toBeUndefined();
    expect(hasGpsDirectory(stored.exif)).toBe(false);
    expect(Math.max(stored.width, stored.height)).toBeLessThanOrEqual(2000);
    expect(stored.height).toBeGreaterThan(stored.width);

    const thumbnail = await read(id, 'thumbnail');
    expect(
      Math.max(...[(await sharp(thumbnail.bytes).metadata()).width, (await sharp(thumbnail.bytes).metadata()).height]),
    ).toBe(320);

    const files = (await t.storedFiles()).filter((f) => f.includes(id));
    expect(files.sort()).toEqual([`uploads/${tenant.id}/${id}/file`, `uploads/${tenant.id}/${id}/thumb`]);
    const atRest = await readFile(path.join(t.storeDir, `uploads/${tenant.id}/${id}/file`));
    expect(atRest.equals(bytes)).toBe(false);
    expect(atRest.includes(bytes.subarray(0, 64))).toBe(false);
    expect(atRest.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
  });

  it('takes PNG and WebP (stored as JPEG)', async () => {
    const page = await documentJpeg(1600, 1200);
    for (const bytes of [await sharp(page).png().toBuffer(), await sharp(page).webp().toBuffer()]) {
      const res = await upload(fileUpload(bytes, 'scan.bin', 'application/octet-stream'));
      expect(res.status).toBe(201);
      expect(res.json['contentType']).toBe('image/jpeg');
    }
  });

  it('takes a plain PDF as sent, without a thumbnail', async () => {
    const pdf = plainPdf();
    const res = await upload(fileUpload(pdf, 'to-khai.pdf', 'application/pdf'));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ contentType: 'application/pdf', size: pdf.length, sha256: sha256(pdf) });
    const id = String(res.json['id']);
    expect((await read(id)).bytes.equals(pdf)).toBe(true);
    await expect(read(id, 'thumbnail')).rejects.toMatchObject({ code: 'ATTACHMENT.NOT_FOUND' });
  });

  it('stores a blurred photo but warns, in Vietnamese, what to do', async () => {
    const blurred = await sharp(await documentJpeg())
      .blur(10)
      .jpeg()
      .toBuffer();
    const res = await upload(fileUpload(blurred));
    expect(res.status).toBe(201);
    expect(res.json['quality']).toEqual({
      ok: false,
      issues: [{ code: 'blurry', message: 'Ảnh bị mờ. Hãy giữ máy chắc tay, chạm để lấy nét rồi chụp lại.' }],
    });
  });
});

describe('POST /api/v1/{tenant}/uploads — refused files store nothing', () => {
  async function refused(body: ReturnType<typeof multipart>, status: number, code: string): Promise<Answer> {
    const before = await t.storedFiles();
    const rows = await db.database.pool.query('select count(*)::int as n from uploads');
    const res = await upload(body);
    expect(res.status).toBe(status);
    expect(res.json['code']).toBe(code);
    expect(String(res.json['detail']).length).toBeGreaterThan(20);
    expect(await t.storedFiles()).toEqual(before);
    expect((await db.database.pool.query('select count(*)::int as n from uploads')).rows).toEqual(rows.rows);
    return res;
  }

  it('refuses a JPEG with a ZIP appended (polyglot) with 422', async () => {
    const polyglot = Buffer.concat([await documentJpeg(1200, 900), storedZip('evil.js', Buffer.from('alert(1)'))]);
    await refused(fileUpload(polyglot), 422, 'ATTACHMENT.REJECTED');
  });

  it('refuses a 30,000 × 30,000 PNG (decompression bomb) with 422, without decoding it', async () => {
    const bomb = await blackPng(30_000, 30_000);
    const started = performance.now();
    await refused(fileUpload(bomb, 'photo.png', 'image/png'), 422, 'ATTACHMENT.REJECTED');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses PDFs with JavaScript, plain or hidden in an object stream, with 422', async () => {
    await refused(fileUpload(pdfWithJavaScript(), 'form.pdf', 'application/pdf'), 422, 'ATTACHMENT.REJECTED');
    await refused(fileUpload(pdfWithHiddenJavaScript(), 'form.pdf', 'application/pdf'), 422, 'ATTACHMENT.REJECTED');
  });

  it('refuses a renamed executable (ELF named photo.jpg) with 415', async () => {
    const elf = Buffer.concat([elfHeader(), pseudoRandomBytes(4000)]);
    const res = await refused(fileUpload(elf, 'photo.jpg', 'image/jpeg'), 415, 'ATTACHMENT.UNSUPPORTED_TYPE');
    expect(res.json['detail']).toContain('Tương thích nhất');
  });

  it('refuses an empty file with 422', async () => {
    await refused(fileUpload(Buffer.alloc(0)), 422, 'ATTACHMENT.REJECTED');
  });

  it('refuses a file above the limit with 413 while it streams', async () => {
    await refused(fileUpload(pseudoRandomBytes(MAX_BYTES + 1)), 413, 'ATTACHMENT.TOO_LARGE');
  });

  it('answers 400 when the file field is missing or misnamed, or the body is not multipart', async () => {
    await refused(multipart([]), 400, 'REQUEST.INVALID');
    await refused(multipart([{ name: 'file', data: Buffer.from('a text field') }]), 400, 'REQUEST.INVALID');
    await refused(
      multipart([{ name: 'photo', filename: 'a.jpg', data: await documentJpeg(800, 600) }]),
      400,
      'REQUEST.INVALID',
    );
    const json = { payload: Buffer.from('{"file":"x"}'), headers: { 'content-type': 'application/json' } };
    await refused(json, 400, 'REQUEST.INVALID');
    const truncated = multipart([{ name: 'file', filename: 'a.jpg', data: Buffer.from('abc') }]);
    await refused(
      { ...truncated, payload: truncated.payload.subarray(0, truncated.payload.length - 20) },
      400,
      'REQUEST.INVALID',
    );
  });

  it('answers 404 for an unknown province', async () => {
    const res = await upload(fileUpload(await documentJpeg(800, 600)), 'no-such-province');
    expect(res.status).toBe(404);
    expect(res.json['code']).toBe('TENANT.NOT_FOUND');
  });
});
