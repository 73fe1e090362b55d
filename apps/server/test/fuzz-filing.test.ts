import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { demoProcedures } from '@motcua/demo';
import { buildTestApp } from './app.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.database);
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nasty = [
  "'; drop table applications; --",
  '<script>alert(1)</script>',
  'Nguyễn Văn A\u0000',
  '\u202Eevil',
  'x'.repeat(5000),
  '../../etc/passwd',
  '{"$gt": ""}',
  'Đăng ký khai sinh'.normalize('NFD'),
  '😀😀😀',
  '',
];

function randomValue(rand: () => number, depth: number): unknown {
  const pick = Math.floor(rand() * (depth > 2 ? 6 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rand() > 0.5;
    case 2:
      return Math.floor(rand() * 1e9) * (rand() > 0.5 ? -1 : 1);
    case 3:
      return rand() * 1e6;
    case 4:
    case 5:
      return nasty[Math.floor(rand() * nasty.length)] ?? '';
    case 6:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 5) }, (_, i) => [
          ['fullName', 'phone', 'idNumber', 'documentKey', 'uploadId', 'form', `k${i}`][Math.floor(rand() * 7)] ?? 'k',
          randomValue(rand, depth + 1),
        ]),
      );
  }
}

function randomBody(rand: () => number): unknown {
  const procedure = demoProcedures[Math.floor(rand() * demoProcedures.length)];
  const example = (procedure?.form?.schema['examples'] as Record<string, unknown>[] | undefined)?.[0];
  const base: Record<string, unknown> = {
    procedureCode: rand() > 0.1 ? procedure?.code : randomValue(rand, 0),
    applicant: rand() > 0.2 ? { fullName: 'Nguyễn Văn A', phone: '0912345678' } : randomValue(rand, 0),
    form: example && rand() > 0.5 ? { ...example, ...(randomValue(rand, 1) as object) } : randomValue(rand, 0),
    attachments:
      rand() > 0.3
        ? [{ documentKey: 'giay-chung-sinh', uploadId: '01a20c4c-97ba-76ea-9536-fa4aef4fb5ae' }]
        : randomValue(rand, 0),
  };
  if (rand() > 0.7) base['caseKey'] = randomValue(rand, 1);
  if (rand() > 0.8) base[String(randomValue(rand, 2))] = randomValue(rand, 1);
  return rand() > 0.95 ? randomValue(rand, 0) : base;
}

describe('filing with random bodies', () => {
  it('answers 1,000 generated bodies with a client error or success, never a 500', async () => {
    const rand = prng(20261124);
    const seen = new Map<number, number>();
    for (let i = 0; i < 1000; i += 1) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/tay-ninh/applications',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(randomBody(rand)),
      });
      seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
      expect(res.statusCode, `body #${i}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/json/);
    }
    expect([...seen.keys()].every((s) => [201, 400, 404, 409, 415, 422].includes(s))).toBe(true);
  });
});
