import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/harness.ts';
import { importAdminUnits } from '../modules/tenants/index.ts';

const bin = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../../docs/examples/province-bundle', import.meta.url));
const secrets = { QUANG_NGAI_ZALO_APP_SECRET: 'app-secret', QUANG_NGAI_ZALO_OA_SECRET_KEY: 'oa-secret-key' };
let db: TestDatabase;
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function motcua(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      {
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.url, LOG_LEVEL: 'silent', ...options.env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

async function tenants(): Promise<number> {
  return (await db.database.pool.query<{ n: number }>('select count(*)::int as n from tenants')).rows[0]?.n ?? -1;
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-tenant-cli-'));
  await importAdminUnits(db.database, [
    {
      line: 1,
      value: {
        Code: '98',
        Name: 'Thử',
        FullName: 'Tỉnh Thử',
        AdministrativeUnitShortName: 'Tỉnh',
        Wards: [
          { Code: '98001', Name: 'Một', FullName: 'Xã Một', ProvinceCode: '98', AdministrativeUnitShortName: 'Xã' },
        ],
      },
    },
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

describe('motcua tenant', () => {
  it('checks a broken bundle, prints every problem and writes nothing', async () => {
    const at = path.join(dir, 'broken');
    await cp(EXAMPLE, at, { recursive: true });
    await writeFile(path.join(at, 'calendar.json'), '{"weekendDays": [9]}');
    const run = await motcua(['tenant', 'create', '--bundle', at]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(run.stderr).toMatch(/calendar\.json:\/weekendDays\/0: giá trị không hợp lệ — /);
    expect(run.stderr).toMatch(/channels\.json:\/zalo\/appSecretEnv: .*QUANG_NGAI_ZALO_APP_SECRET is not set/);
    expect(await tenants()).toBe(0);
  });

  it('creates a province from a bundle, hands the generated passwords over in a 0600 file, and lists it', async () => {
    const passwords = path.join(dir, 'passwords.csv');
    const check = await motcua(['tenant', 'create', '--bundle', EXAMPLE, '--check'], { env: secrets });
    expect(check.stdout).toMatch(/hợp lệ \/ valid/);
    expect(await tenants()).toBe(0);
    const run = await motcua(['tenant', 'create', '--bundle', EXAMPLE, '--passwords', passwords], { env: secrets });
    expect(run.stderr).toMatch(/công bố \/ publishing: 2\/2/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/quang-ngai: đã tạo Tỉnh Quảng Ngãi \(mã 51\).* 5 đơn vị \/ units, 3 cán bộ/);
    expect(run.stdout).not.toMatch(/[A-Za-z0-9]{16}\n/);
    expect((await stat(passwords)).mode & 0o777).toBe(0o600);
    const lines = (await readFile(passwords, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('username,password');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['admin@quang-ngai', 'intake@quang-ngai']);
    const list = await motcua(['tenant', 'list']);
    expect(list.stdout).toMatch(/quang-ngai\s+51\s+Tỉnh Quảng Ngãi\s+5\s+3\s+2\s+configured/);
  }, 60_000);

  it('creates a province from answers to prompts and prints the admin password once', async () => {
    const answers = ['thu-nghiem', 'Tỉnh Thử Nghiệm', '98', '', '', '000.00.00.T98', '', '', 'Đỗ Thị Mẫu', ''];
    const run = await motcua(['tenant', 'create'], { input: `${answers.join('\n')}\n` });
    expect(run.stderr).toContain('Mã đường dẫn / slug');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/thu-nghiem: đã tạo Tỉnh Thử Nghiệm \(mã 98\)/);
    expect(run.stdout).toMatch(/admin@thu-nghiem\s+[A-Za-z0-9]{16}/);
  });

  it('imports nothing from a national-database CSV catalogue with bad cells, listing each by line', async () => {
    const bad = path.join(dir, 'bad.csv');
    const text = await readFile(path.join(EXAMPLE, 'catalog.csv'), 'utf8');
    await writeFile(
      bad,
      text.replace('Trực tuyến | 5 Ngày làm việc', 'Trực tuyến | sớm nhất').replace('Cấp Xã', 'Cấp Bộ'),
    );
    const run = await motcua(['catalog', 'import', bad, '--tenant', 'thu-nghiem']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.csv:2: level: "Cấp Bộ"/);
    expect(run.stderr).toMatch(/bad\.csv:8: executionMethods, dòng 2: không đọc được thời hạn "sớm nhất"/);
  });

  it('remaps units in a dry run and writes the report as JSON and CSV', async () => {
    const mapping = path.join(dir, 'sap-nhap.csv');
    await writeFile(mapping, 'old_code,new_code\n21025,98001\n21025,21028\n');
    const run = await motcua([
      'units',
      'remap',
      mapping,
      '--tenant',
      'quang-ngai',
      '--dry-run',
      '--report',
      path.join(dir, 'r'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/CHẠY THỬ, không ghi gì \/ DRY RUN, nothing written — 0\/2/);
    const report = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8')) as { mappedTwice: unknown[] };
    expect(report.mappedTwice).toHaveLength(1);
    expect(await readFile(path.join(dir, 'r.csv'), 'utf8')).toContain('line,oldCode,newCode');
  });
});
