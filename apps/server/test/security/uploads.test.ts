import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elfHeader, peHeader, pseudoRandomBytes, storedZip } from '../../src/modules/attachments/test/archives.ts';
import { blackPng } from '../../src/modules/attachments/test/images.ts';
import {
  buildPdf,
  encryptedPdf,
  pdfWithEmbeddedFile,
  pdfWithHiddenJavaScript,
  pdfWithJavaScript,
  plainPdf,
} from '../../src/modules/attachments/test/pdfs.ts';
import { buildTestApp } from '../app.ts';
import { documentJpeg, fileUpload } from '../factories/files.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { as, filingBody, seedProvinces, signInAll, type Province } from './kit.ts';

let db: TestDatabase;
let app: FastifyInstance;
let province: Province;
let jpeg: Buffer;
const storageDir = (): string => db.filesDir;

beforeAll(async () => {
  db = await createTestDatabase();
  const seeded = await seedProvinces(db);
  app = await buildTestApp(db);
  province = await signInAll(app, db, seeded);
  jpeg = await documentJpeg(900, 700);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function storedFiles(): Promise<string[]> {
  if (!existsSync(storageDir())) return [];
  const entries = await readdir(storageDir(), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(storageDir(), path.join(e.parentPath, e.name)));
}

async function uploadRows(): Promise<number> {
  return (await db.database.pool.query<{ n: number }>('select count(*)::int as n from uploads')).rows[0]?.n ?? -1;
}

function post(data: Buffer, filename = 'photo.jpg', contentType = 'image/jpeg') {
  return app.inject({ method: 'POST', url: '/api/v1/tay-ninh/uploads', ...fileUpload(data, filename, contentType) });
}

/** A PDF whose object stream inflates to more than the 64 MB budget: a zip bomb in a PDF. */
function pdfDeflateBomb(): Buffer {
  const packed = deflateSync(Buffer.alloc(65 * 1024 * 1024, 0x20), { level: 9 });
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      Buffer.concat([
        Buffer.from(
          `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
          'latin1',
        ),
        packed,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    ],
    '/Root 1 0 R',
    '1.5',
  );
}

/** A PDF that launches a program when opened. */
function pdfWithLaunch(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    '<< /Type /Action /S /Launch /F (cmd.exe) >>',
  ]);
}

const svgWithScript = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
);
const svgOnload = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="5" height="5"/></svg>',
);
const html = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/v1/tay-ninh/auth/me")</script></body></html>');

/** Hostile files: what each must get, and why. */
const hostile: {
  name: string;
  make: () => Promise<Buffer> | Buffer;
  filename: string;
  type: string;
  status: number;
}[] = [
  {
    name: 'JPEG with a ZIP appended (polyglot)',
    make: () => Buffer.concat([jpeg, storedZip('x.js', Buffer.from('alert(1)'))]),
    filename: 'a.jpg',
    type: 'image/jpeg',
    status: 422,
  },
  {
    name: 'JPEG with an executable appended',
    make: () => Buffer.concat([jpeg, elfHeader(), pseudoRandomBytes(2000)]),
    filename: 'a.jpg',
    type: 'image/jpeg',
    status: 422,
  },
  {
    name: 'JPEG with a PDF appended',
    make: () => Buffer.concat([jpeg, plainPdf()]),
    filename: 'a.jpg',
    type: 'image/jpeg',
    status: 422,
  },
  {
    name: 'PDF with a ZIP after %%EOF',
    make: () => Buffer.concat([plainPdf(), storedZip('x.exe', pseudoRandomBytes(3000))]),
    filename: 'a.pdf',
    type: 'application/pdf',
    status: 422,
  },
  {
    name: 'ELF named photo.jpg',
    make: () => Buffer.concat([elfHeader(), pseudoRandomBytes(3000)]),
    filename: 'photo.jpg',
    type: 'image/jpeg',
    status: 415,
  },
  {
    name: 'Windows program named photo.jpg',
    make: () => Buffer.concat([peHeader(), pseudoRandomBytes(3000)]),
    filename: 'photo.jpg',
    type: 'image/jpeg',
    status: 415,
  },
  { name: 'HTML page named photo.jpg', make: () => html, filename: 'photo.jpg', type: 'image/jpeg', status: 415 },
  {
    name: 'shell script named scan.pdf',
    make: () => Buffer.from('#!/bin/sh\nrm -rf /\n'),
    filename: 'scan.pdf',
    type: 'application/pdf',
    status: 415,
  },
  {
    name: 'PNG signature over garbage',
    make: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pseudoRandomBytes(4000)]),
    filename: 'a.png',
    type: 'image/png',
    status: 415,
  },
  {
    name: 'JPEG signature over garbage',
    make: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), pseudoRandomBytes(4000)]),
    filename: 'a.jpg',
    type: 'image/jpeg',
    status: 422,
  },
  {
    name: 'SVG with a script element',
    make: () => svgWithScript,
    filename: 'a.svg',
    type: 'image/svg+xml',
    status: 415,
  },
  {
    name: 'SVG with an onload handler, named .png',
    make: () => svgOnload,
    filename: 'a.png',
    type: 'image/png',
    status: 415,
  },
  {
    name: 'ZIP archive (a zip bomb is never opened)',
    make: () => storedZip('42.zip', Buffer.alloc(100_000)),
    filename: 'a.zip',
    type: 'application/zip',
    status: 415,
  },
  {
    name: '30,000 × 30,000 PNG (decompression bomb)',
    make: () => blackPng(30_000, 30_000),
    filename: 'a.png',
    type: 'image/png',
    status: 422,
  },
  {
    name: 'PDF whose object stream inflates past the budget',
    make: pdfDeflateBomb,
    filename: 'a.pdf',
    type: 'application/pdf',
    status: 422,
  },
  { name: 'PDF with JavaScript', make: pdfWithJavaScript, filename: 'a.pdf', type: 'application/pdf', status: 422 },
  {
    name: 'PDF with JavaScript hidden in an object stream',
    make: pdfWithHiddenJavaScript,
    filename: 'a.pdf',
    type: 'application/pdf',
    status: 422,
  },
  { name: 'PDF with a launch action', make: pdfWithLaunch, filename: 'a.pdf', type: 'application/pdf', status: 422 },
  {
    name: 'PDF carrying an embedded file',
    make: pdfWithEmbeddedFile,
    filename: 'a.pdf',
    type: 'application/pdf',
    status: 422,
  },
  { name: 'password-protected PDF', make: encryptedPdf, filename: 'a.pdf', type: 'application/pdf', status: 422 },
  {
    name: 'file one byte over the 10 MB limit',
    make: () => pseudoRandomBytes(10 * 1024 * 1024 + 1),
    filename: 'a.jpg',
    type: 'image/jpeg',
    status: 413,
  },
];

describe('hostile uploads are refused and leave nothing behind', () => {
  it.each(hostile.map((h) => [h.name, h] as const))('%s', async (_name, h) => {
    const bytes = await h.make();
    const files = await storedFiles();
    const rows = await uploadRows();
    const started = performance.now();
    const res = await post(bytes, h.filename, h.type);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(h.status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const code = { 413: 'ATTACHMENT.TOO_LARGE', 415: 'ATTACHMENT.UNSUPPORTED_TYPE', 422: 'ATTACHMENT.REJECTED' }[
      h.status
    ];
    expect(res.json<{ code: string }>().code).toBe(code);
    expect(await storedFiles()).toEqual(files);
    expect(await uploadRows()).toBe(rows);
  });
});

describe('file names are never used', () => {
  const names = [
    '../../../../tmp/motcua-evil.jpg',
    '..\\..\\..\\windows\\win.ini.jpg',
    '/etc/passwd',
    '%2e%2e%2f%2e%2e%2fmotcua-evil.jpg',
    'photo.jpg\u0000.php',
    '<img src=x onerror=alert(1)>.jpg',
  ];

  it.each(names)('stores %j under an id of ours, inside the store', async (name) => {
    const res = await post(jpeg, name, 'image/jpeg');
    expect(res.statusCode).toBe(201);
    const id = res.json<{ id: string }>().id;
    expect(res.body).not.toContain('evil');
    const stored = await storedFiles();
    expect(stored.filter((f) => f.includes(id)).length).toBeGreaterThan(0);
    for (const file of stored) {
      expect(file.startsWith('..')).toBe(false);
      expect(file).not.toMatch(/evil|passwd|win\.ini|onerror|\.php/);
    }
    const keys = await db.database.pool.query<{ storage_key: string }>(
      'select storage_key from uploads where id = $1',
      [id],
    );
    expect(keys.rows[0]?.storage_key).not.toMatch(/\.\.|evil|passwd/);
    expect(existsSync('/tmp/motcua-evil.jpg')).toBe(false);
  });

  it('serves a stored file to officers as an attachment named by its id, sandboxed and not sniffed', async () => {
    const uploaded = await post(jpeg, '../../evil<script>.html', 'text/html');
    const uploadId = uploaded.json<{ id: string }>().id;
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/applications',
      payload: filingBody(uploadId),
    });
    const code = filed.json<{ code: string }>().code;
    const res = await as(app, province, 'own', {
      method: 'GET',
      url: `/api/v1/tay-ninh/console/applications/${code}/documents/${uploadId}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${uploadId}.jpg"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/sandbox/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });
});
