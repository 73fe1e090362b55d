import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBundle, readBundleDir, type BundleProblem } from '../src/modules/onboarding/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const EXAMPLE = fileURLToPath(new URL('../../../docs/examples/province-bundle', import.meta.url));
const env = { QUANG_NGAI_ZALO_APP_SECRET: 's1', QUANG_NGAI_ZALO_OA_SECRET_KEY: 's2' };

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-bundle-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

async function copy(name: string): Promise<string> {
  const at = path.join(dir, name);
  await cp(EXAMPLE, at, { recursive: true });
  return at;
}

async function edit(at: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(at, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

async function check(at: string, environment: Record<string, string> = env): Promise<BundleProblem[]> {
  const { source, problems } = await readBundleDir(at);
  const checked = await checkBundle({ database: db.database, env: environment }, source);
  return [...problems, ...checked.problems];
}

const where = (p: BundleProblem) => `${p.file}:${p.line ?? p.pointer ?? ''}`;

describe('checking a province bundle', () => {
  it('finds nothing wrong with the documented example', async () => {
    expect(await check(await copy('ok'))).toEqual([]);
  });

  it('reports every problem of every file at once, each with its file and line or pointer', async () => {
    const at = await copy('broken');
    await edit(at, 'tenant.json', (t) => t.replace('#0b5cab', 'blue'));
    await edit(at, 'units.csv', (t) => `${t}000.20.01.H51,commune,Trùng mã,,000.00.00.H51,21025,,\n`);
    await edit(at, 'officers.csv', (t) =>
      t.replace('intake:000.20.01.H51', 'intake:000.99.99.H51').replace('admin:000.00.00.H51', 'boss:000.00.00.H51'),
    );
    await edit(at, 'calendar.json', (t) => t.replace('2026-05-09', '2026-05-12'));
    await edit(at, 'channels.json', (t) =>
      t.replace('"appSecretEnv": "QUANG_NGAI_ZALO_APP_SECRET"', '"appSecret": "in-clear"'),
    );
    await edit(at, 'catalog.csv', (t) => t.replace('Trực tiếp | 5 Ngày làm việc', 'Tại nhà | 5 Ngày làm việc'));
    const problems = await check(at);
    const found = problems.map(where);
    expect(found).toEqual(
      expect.arrayContaining([
        'tenant.json:/branding/colors/primary',
        'units.csv:7',
        'officers.csv:3',
        'officers.csv:2',
        'officers.csv:',
        'calendar.json:/makeUpDays/0/date',
        'channels.json:/zalo/appSecret',
        'catalog.csv:8',
      ]),
    );
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('secrets are referenced from environment variables');
    expect(text).toContain('duplicate eid 000.20.01.H51');
    expect(text).toContain('at least one officer needs the admin role');
    expect(text).toContain('unknown channel "Tại nhà"');
    // Every message says it in Vietnamese first, then in English.
    for (const p of problems) expect(p.message, where(p)).toMatch(/ — /);
  });

  it('refuses a province that exists, a province code that is taken, an unknown area and a missing secret', async () => {
    const at = await copy('clash');
    await db.database.pool.query(
      `insert into tenants (id, slug, name, national_code)
       values (gen_random_uuid(), 'quang-ngai', 'Đã có', '97'), (gen_random_uuid(), 'khac', 'Tỉnh khác', '51')`,
    );
    await edit(at, 'units.csv', (t) => t.replace(',21040,', ',25459,'));
    const problems = await check(at, { QUANG_NGAI_ZALO_APP_SECRET: 's1' });
    const text = problems.map((p) => `${where(p)} ${p.message}`).join('\n');
    expect(text).toContain('tenant.json:/slug');
    expect(text).toContain('province code 51 belongs to "khac"');
    expect(text).toContain('area code 25459 is not a unit of province 51');
    expect(text).toContain('environment variable QUANG_NGAI_ZALO_OA_SECRET_KEY is not set');
    await db.database.pool.query(`delete from tenants where slug in ('quang-ngai', 'khac')`);
  });

  it('checks the e-mail sender and the province’s own SMTP URL as the deployment’s are checked', async () => {
    const at = await copy('senders');
    await edit(at, 'channels.json', (t) =>
      t.replace(
        '"from": "Một cửa Quảng Ngãi <motcua@example.vn>"',
        '"from": "Một cửa Quảng Ngãi", "secretEnv": "QUANG_NGAI_SMTP_URL"',
      ),
    );
    const problems = await check(at, { ...env, QUANG_NGAI_SMTP_URL: 'mail.example.vn user s3cret' });
    const text = problems.map((p) => `${where(p)} ${p.message}`).join('\n');
    expect(text).toContain('channels.json:/email/from giá trị không hợp lệ — expected an address');
    expect(text).toContain(
      'channels.json:/email/secretEnv biến môi trường QUANG_NGAI_SMTP_URL không chứa URL SMTP hợp lệ',
    );
    expect(text).not.toContain('s3cret');
  });

  it('says which file is missing or unreadable, and a logo that is not an image', async () => {
    const at = await copy('missing');
    await rm(path.join(at, 'units.csv'));
    await edit(at, 'officers.csv', (t) => `${t}"unclosed,quote\n`);
    await writeFile(path.join(at, 'logo.svg'), '<svg onload="alert(1)"></svg>');
    const found = (await check(at)).map((p) => `${where(p)} ${p.message}`).join('\n');
    expect(found).toContain('units.csv: thiếu tệp units.csv');
    expect(found).toMatch(/officers\.csv:\d+ không đọc được/);
    expect(found).not.toContain('officers.csv is missing');
    expect(found).toContain('the SVG carries scripts');
  });
});
