import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/harness.ts';
import { procedureDefinition } from '../../test/factories/procedure.ts';
import { tenantWithUnits } from '../../test/factories/tenant.ts';

const bin = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));
let db: TestDatabase;
let dir: string;
let slug: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function motcua(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.url, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function file(name: string, content: string): Promise<string> {
  const at = path.join(dir, name);
  await writeFile(at, content);
  return at;
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-cli-'));
  slug = (await tenantWithUnits(db.database)).slug;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

async function procedureCount(): Promise<number> {
  return (await db.database.pool.query<{ n: number }>('select count(*)::int as n from procedures')).rows[0]?.n ?? -1;
}

describe('motcua CLI', () => {
  it('explains itself and each command with --help', async () => {
    const top = await motcua(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['start', 'migrate', 'seed', 'catalog', 'units']) expect(top.stdout).toContain(command);
    const sub = await motcua(['catalog', 'import', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--tenant');
  });

  it.each([
    [['frobnicate'], /unknown command/],
    [['seed', 'everything'], /only "demo" can be seeded/],
    [['catalog', 'import', 'x.json'], /--tenant/],
    [['start', '--role', 'boss'], /Allowed choices/],
  ])('refuses %j with a clear message and a non-zero exit', async (args, message) => {
    const run = await motcua(args);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
  });

  it('names the bad variable when the environment is invalid', async () => {
    const run = await motcua(['migrate'], { PORT: 'abc' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT');
  });

  it('reports a missing file and a file that is not JSON, with the line', async () => {
    const missing = await motcua(['catalog', 'import', path.join(dir, 'nope.json'), '--tenant', slug]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: ENOENT/);
    const broken = await file('broken.json', '[\n  {"code": "1.000001"},\n  {"code": \n]');
    const run = await motcua(['catalog', 'import', broken, '--tenant', slug]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 4: not valid JSON/);
  });

  it('imports nothing from a catalogue with bad rows and lists each one by line', async () => {
    const before = await procedureCount();
    const rows = [
      procedureDefinition(),
      { ...procedureDefinition(), processingTime: { value: -1, unit: 'weeks' } },
      procedureDefinition(),
    ];
    const at = await file('catalog.json', JSON.stringify(rows, null, 2));
    const run = await motcua(['catalog', 'import', at, '--tenant', slug]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing was imported/);
    expect(run.stderr).toMatch(/catalog\.json:\d+: \/processingTime/);
    expect(await procedureCount()).toBe(before);
  });

  it('imports a good catalogue from JSON Lines and says what it did', async () => {
    const at = await file(
      'good.jsonl',
      [procedureDefinition(), procedureDefinition()].map((r) => JSON.stringify(r)).join('\n'),
    );
    const run = await motcua(['catalog', 'import', at, '--tenant', slug]);
    expect(run.stderr).toBe(run.code === 0 ? run.stderr : '');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 procedures, 2 new version\(s\)/);
  });

  it('prints a deterministic synthetic catalogue that imports cleanly', async () => {
    const first = await motcua(['catalog', 'synthetic', '--count', '3', '--seed', '7']);
    const again = await motcua(['catalog', 'synthetic', '--count', '3', '--seed', '7']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const run = await motcua(['catalog', 'import', await file('synthetic.jsonl', first.stdout), '--tenant', slug]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/3 procedures, 3 new version/);
  });

  it('verifies the audit chain and fails when an entry was tampered with', async () => {
    const ok = await motcua(['audit', 'verify', '--tenant', slug]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/audit chain intact/);
    const tenant = await db.database.pool.query<{ id: string }>('select id from tenants where slug = $1', [slug]);
    const tenantId = tenant.rows[0]?.id;
    await db.database.pool.query(
      `insert into audit_log (tenant_id, seq, actor_type, action, subject_type, prev_hash, hash) values ($1, 1000, 'system', 'forged', 'x', 'a', 'b')`,
      [tenantId],
    );
    const broken = await motcua(['audit', 'verify', '--tenant', slug]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/BROKEN/);
  });

  it('refuses an unknown province', async () => {
    const at = await file('one.json', JSON.stringify([procedureDefinition()]));
    const run = await motcua(['catalog', 'import', at, '--tenant', 'atlantis']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no province with slug "atlantis"/);
  });

  it('imports administrative units, and rejects a bad file whole', async () => {
    const good = [
      {
        Code: '97',
        Name: 'Thử',
        FullName: 'Tỉnh Thử',
        AdministrativeUnitShortName: 'Tỉnh',
        Wards: [
          { Code: '99001', Name: 'Một', FullName: 'Xã Một', ProvinceCode: '97', AdministrativeUnitShortName: 'Xã' },
        ],
      },
    ];
    const ok = await motcua(['units', 'import', await file('units.json', JSON.stringify(good, null, 2))]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/1 provinces, 1 communes/);
    const bad = [...good, { Code: '9', Name: 'Sai', FullName: 'Sai', AdministrativeUnitShortName: 'Tỉnh', Wards: [] }];
    const rejected = await motcua(['units', 'import', await file('bad-units.json', JSON.stringify(bad, null, 2))]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/bad-units\.json:\d+: \/Code/);
  });
});
