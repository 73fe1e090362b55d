import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupResult } from '@motcua/contracts';
import type { Tenant } from '../src/modules/tenants/index.ts';
import { buildTestApp } from './app.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;
let other: Tenant;
let admin: OfficerSession;
let clerk: OfficerSession;

const LAND = [
  'street,segment_from,segment_to,land_type,vt1,vt2,vt3,vt4,decision,valid_from',
  'Nguyễn Trãi,Cách Mạng Tháng Tám,Trần Hưng Đạo,Đất ở tại đô thị,18.500.000,9250000,,,QĐ 35/2024/QĐ-UBND,01/01/2025',
  'Nguyễn Trãi,Trần Hưng Đạo,Lê Lợi,Đất ở tại đô thị,14.200.000,,,,QĐ 35/2024/QĐ-UBND,01/01/2025',
  'Điện Biên Phủ,,,Đất ở tại đô thị,9.600.000,,,,QĐ 35/2024/QĐ-UBND,01/01/2025',
].join('\n');

const FINES = [
  'plate;vehicle_type;violated_at;place;violation;detected_by;status;resolve_at',
  '51F-123.45;Ô tô con;14/03/2026 08:15;Đường 30 Tháng 4;Vượt đèn đỏ;Phòng CSGT;chưa xử phạt;Đội CSGT số 1',
  '51F12345;Ô tô con;02/02/2026 17:40;Quốc lộ 22B;Chạy quá tốc độ;Phòng CSGT;đã xử phạt;Đội CSGT số 2',
].join('\r\n');

const LICENCES = [
  'licence_number,holder_name,classes,issued_on,expires_on,status,points',
  '012345678901,Nguyễn Văn An,"A1, B",15/06/2022,15/06/2032,còn hạn,9',
  '012345678903,Lê Văn Cường,B,20/11/2014,20/11/2024,còn hạn,',
].join('\n');

async function centreOf(tenantId: string): Promise<string> {
  const found = await db.database.pool.query<{ eid: string }>(
    `select eid from units where tenant_id = $1 and kind = 'service_centre'`,
    [tenantId],
  );
  return found.rows[0]?.eid ?? '';
}

function upload(
  session: OfficerSession,
  kind: string,
  body: { csv: string; source: string; sample?: boolean },
  slug = tenant.slug,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/${slug}/console/admin/lookups/${kind}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body,
  });
}

let client = 0;
/** Each call a new client address unless `ip` is given: the rate limit counts per client. */
function lookUp(kind: string, q: string, options: { slug?: string; ip?: string } = {}) {
  client += 1;
  return app.inject({
    method: 'GET',
    url: `/api/v1/${options.slug ?? tenant.slug}/lookups/${kind}?q=${encodeURIComponent(q)}`,
    headers: { 'x-forwarded-for': options.ip ?? `198.51.100.${String(client % 250)}` },
  });
}

async function found(kind: string, q: string): Promise<LookupResult> {
  const response = await lookUp(kind, q);
  expect(response.statusCode).toBe(200);
  return response.json<LookupResult>();
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database);
  other = await tenantWithUnits(db.database);
  app = await buildTestApp(db);
  const centre = await centreOf(tenant.id);
  await testOfficer(db.database, tenant.id, 'lk.admin', centre, 'admin');
  await testOfficer(db.database, tenant.id, 'lk.clerk', centre, 'intake');
  admin = await loginOfficer(app, tenant.slug, 'lk.admin');
  clerk = await loginOfficer(app, tenant.slug, 'lk.clerk');
}, 60_000);

afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('importing look-up data', () => {
  it('reports every bad row with its line at once and imports nothing', async () => {
    const bad = [
      'street,segment_from,segment_to,land_type,vt1,vt2,vt3,vt4,decision,valid_from',
      'Nguyễn Trãi,A,B,Đất ở,12.000.000,,,,QĐ 1,01/01/2025',
      ',A,,Đất ở,mười triệu,,,,QĐ 1,31/02/2025',
      'Lê Lợi,A,B,Đất ở,12.000.000,,,,QĐ 1',
      'Đinh Tiên Hoàng,,,Đất ở,5.000.000,,,,QĐ 1,01/01/2025',
    ].join('\n');
    const rejected = await upload(admin, 'land-price', { csv: bad, source: 'bảng giá.csv' });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.headers['content-type']).toContain('application/problem+json');
    const problem = rejected.json<{ code: string; detail: string; errors: { pointer: string; message: string }[] }>();
    expect(problem.code).toBe('LOOKUP.IMPORT_INVALID');
    expect(problem.detail).toMatch(/^Tệp có 2 dòng lỗi; chưa có dòng nào được nhập/);
    expect(problem.errors.map((e) => e.message.split(':')[0])).toEqual(['Dòng 3', 'Dòng 4']);
    expect(problem.errors[0]?.message).toContain('thiếu tên đường');
    expect(problem.errors[0]?.message).toContain('giá VT1 "mười triệu" không phải số tiền');
    expect(problem.errors[0]?.message).toContain('ngày áp dụng "31/02/2025"');
    expect(problem.errors[1]?.message).toContain('có 9 cột, dòng tiêu đề có 10');

    const header = await upload(admin, 'land-price', { csv: 'street,price\nNguyễn Trãi,1', source: 'x.csv' });
    expect(header.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(
      /^Dòng 1: Dòng tiêu đề thiếu cột: segment_from, segment_to, land_type, vt1, decision, valid_from; cột không dùng được: price/,
    );
    const kinds = await app.inject({ method: 'GET', url: `/api/v1/${tenant.slug}/lookups` });
    expect(kinds.json<{ items: { kind: string; available: boolean }[] }>().items).toEqual([
      expect.objectContaining({ kind: 'land-price', available: false }),
      expect.objectContaining({ kind: 'traffic-fines', available: false }),
      expect.objectContaining({ kind: 'driving-licence', available: false }),
    ]);
    expect((await lookUp('land-price', 'nguyen trai')).json<{ code: string }>().code).toBe('LOOKUP.NOT_AVAILABLE');
  });

  it('says in Vietnamese, with the line, when a file is not UTF-8 or not CSV', async () => {
    const header = 'street,segment_from,segment_to,land_type,vt1,decision,valid_from';
    const messages = async (csv: string) =>
      (await upload(admin, 'land-price', { csv, source: 'x.csv' }))
        .json<{ errors: { message: string }[] }>()
        .errors.map((e) => e.message);
    expect(await messages(`${header}\nNguy\uFFFDn Trãi,,,Đất ở,1,QĐ 1,01/01/2025`)).toEqual([
      expect.stringMatching(/^Dòng 2: Tệp không phải văn bản UTF-8 .*"CSV UTF-8"/),
    ]);
    expect(await messages(`${header}\n"Lê Lợi,,,Đất ở,1,QĐ 1,01/01/2025`)).toEqual([
      expect.stringMatching(/^Dòng 2: Tệp CSV không đọc được: Quote Not Closed/),
    ]);
  });

  it('replaces the dataset whole, records who, when, what and how many, and keeps it when a later file is bad', async () => {
    const first = await upload(admin, 'land-price', { csv: LAND, source: 'QĐ 35/2024 bảng 1.csv' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ kind: 'land-price', rowCount: 3, sample: false, importedBy: 'lk.admin' });

    const second = `${LAND.split('\n')[0] ?? ''}\nLê Lợi,,,Đất ở tại đô thị,7.000.000,,,,QĐ 40/2025/QĐ-UBND,01/07/2025`;
    expect((await upload(admin, 'land-price', { csv: second, source: 'QĐ 40/2025.csv' })).statusCode).toBe(201);
    expect((await found('land-price', 'nguyen trai')).total).toBe(0);
    expect((await found('land-price', 'le loi')).total).toBe(1);

    const broken = `${second}\nHùng Vương,,,Đất ở,không rõ,,,,QĐ 40/2025/QĐ-UBND,01/07/2025`;
    expect((await upload(admin, 'land-price', { csv: broken, source: 'sai.csv' })).statusCode).toBe(422);
    const kept = await found('land-price', 'le loi');
    expect(kept.dataset).toMatchObject({ source: 'QĐ 40/2025.csv', rowCount: 1 });

    const audit = await db.database.pool.query<{ action: string; actor_type: string }>(
      `select action, actor_type from audit_log where tenant_id = $1 and action = 'lookup.import'`,
      [tenant.id],
    );
    expect(audit.rows).toHaveLength(2);
    expect((await upload(admin, 'land-price', { csv: LAND, source: 'QĐ 35/2024 bảng 1.csv' })).statusCode).toBe(201);
  });

  it('is for province admins only, and stays in its province', async () => {
    expect((await upload(clerk, 'land-price', { csv: LAND, source: 'x' })).statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/v1/${tenant.slug}/console/admin/lookups/land-price`,
      payload: { csv: LAND, source: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await upload(admin, 'weather', { csv: LAND, source: 'x' })).json<{ code: string }>().code).toBe(
      'LOOKUP.KIND_NOT_FOUND',
    );
    const elsewhere = await lookUp('land-price', 'nguyen trai', { slug: other.slug });
    expect(elsewhere.json<{ code: string }>().code).toBe('LOOKUP.NOT_AVAILABLE');
  });
});

describe('providers', () => {
  beforeAll(async () => {
    expect((await upload(admin, 'traffic-fines', { csv: FINES, source: 'phạt nguội tháng 3' })).statusCode).toBe(201);
    expect((await upload(admin, 'driving-licence', { csv: LICENCES, source: 'GPLX', sample: true })).statusCode).toBe(
      201,
    );
  });

  it('finds a street without diacritics, with the prices per position as money', async () => {
    const result = await found('land-price', 'nguyen trai');
    expect(result).toMatchObject({ found: true, total: 2, sample: false });
    expect(result.items[0]).toEqual({
      heading: 'Nguyễn Trãi — Đoạn từ Cách Mạng Tháng Tám đến Trần Hưng Đạo',
      fields: [
        { key: 'landType', label: 'Loại đất', value: 'Đất ở tại đô thị' },
        { key: 'vt1', label: 'Vị trí 1 (VT1)', value: '18.500.000 ₫/m²' },
        { key: 'vt2', label: 'Vị trí 2 (VT2)', value: '9.250.000 ₫/m²' },
        { key: 'decision', label: 'Căn cứ', value: 'QĐ 35/2024/QĐ-UBND' },
        { key: 'validFrom', label: 'Áp dụng từ', value: '01/01/2025' },
      ],
    });
    expect((await found('land-price', 'Đường NGUYỄN TRÃI')).total).toBe(2);
    expect((await found('land-price', 'dien bien phu')).items[0]?.heading).toBe('Điện Biên Phủ — Trọn đường');
    const none = await found('land-price', 'Hai Bà Trưng');
    expect(none).toMatchObject({ found: false, total: 0, items: [] });
    expect(none.message).toMatch(/^Không tìm thấy tuyến đường nào khớp với "Hai Bà Trưng"/);
  });

  it('reads a plate however it is written, and answers an unknown plate helpfully', async () => {
    for (const plate of ['51f12345', '51F-123.45', '51F 123 45']) {
      const result = await found('traffic-fines', plate);
      expect(result.query).toBe('51F-123.45');
      expect(result.total).toBe(2);
    }
    const result = await found('traffic-fines', '51f12345');
    expect(result.message).toBe(
      'Biển số 51F-123.45 có 2 lỗi vi phạm (1 lỗi chưa xử phạt: vui lòng đến nơi giải quyết ghi bên dưới).',
    );
    expect(result.items[0]?.fields).toContainEqual({ key: 'status', label: 'Trạng thái', value: 'Chưa xử phạt' });
    expect(result.items[0]?.fields).toContainEqual({
      key: 'violatedAt',
      label: 'Thời gian vi phạm',
      value: '14/03/2026 08:15',
    });
    const clean = await found('traffic-fines', '30A-999.99');
    expect(clean.found).toBe(false);
    expect(clean.message).toMatch(/^Không tìm thấy lỗi vi phạm nào của biển số 30A-999\.99 trong dữ liệu phạt nguội/);
  });

  it('masks the holder of a licence, keeps no more of the name, and tells an expired licence', async () => {
    const result = await found('driving-licence', '0123 4567 8901');
    expect(result.items[0]?.fields).toEqual([
      { key: 'holder', label: 'Người được cấp', value: 'Nguyễn V** A*' },
      { key: 'classes', label: 'Hạng', value: 'A1, B' },
      { key: 'issuedOn', label: 'Ngày cấp', value: '15/06/2022' },
      { key: 'expiresOn', label: 'Có giá trị đến', value: '15/06/2032' },
      { key: 'status', label: 'Tình trạng', value: 'Còn hạn' },
      { key: 'points', label: 'Điểm còn lại', value: '9/12' },
    ]);
    expect(JSON.stringify(result)).not.toContain('Văn An');
    const stored = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from lookup_records where data::text like '%Văn An%' or data::text like '%Văn Cường%'`,
    );
    expect(stored.rows[0]?.n).toBe(0);
    const lapsed = await found('driving-licence', '012345678903');
    expect(lapsed.message).toBe('Giấy phép lái xe số 012345678903: Hết hạn.');
  });

  it('says plainly when an answer comes from sample data', async () => {
    const sample = await found('driving-licence', '012345678901');
    expect(sample).toMatchObject({ sample: true, notice: 'Dữ liệu mẫu — không dùng cho giao dịch thật' });
    const real = await found('traffic-fines', '51F12345');
    expect(real.sample).toBe(false);
    expect(real).not.toHaveProperty('notice');
    const kinds = await app.inject({ method: 'GET', url: `/api/v1/${tenant.slug}/lookups` });
    expect(kinds.json<{ items: unknown[] }>().items).toContainEqual(
      expect.objectContaining({ kind: 'driving-licence', available: true, sample: true, title: 'Giấy phép lái xe' }),
    );
  });
});

describe('public routes', () => {
  it('answers bad queries and unknown kinds with problem+json in Vietnamese', async () => {
    const plate = await lookUp('traffic-fines', 'abc');
    expect(plate.statusCode).toBe(422);
    expect(plate.headers['content-type']).toContain('application/problem+json');
    expect(plate.json()).toMatchObject({
      status: 422,
      code: 'LOOKUP.QUERY_INVALID',
      detail: 'Biển số xe chưa đúng. Vui lòng gõ đủ biển số, ví dụ 51F-123.45 hoặc 51F12345.',
      errors: [{ pointer: '/query/q' }],
    });
    expect((await lookUp('driving-licence', '12345')).json<{ detail: string }>().detail).toMatch(/12 chữ số/);
    const kind = await lookUp('weather', 'x');
    expect(kind.statusCode).toBe(404);
    expect(kind.json()).toMatchObject({ status: 404, code: 'LOOKUP.KIND_NOT_FOUND' });
    expect(kind.json<{ detail: string }>().detail).toMatch(/^Không có loại tra cứu này/);
    expect((await lookUp('land-price', 'x', { slug: 'no-such-province' })).json<{ code: string }>().code).toBe(
      'TENANT.NOT_FOUND',
    );
    const missing = await app.inject({ method: 'GET', url: `/api/v1/${tenant.slug}/lookups/land-price` });
    expect(missing.statusCode).toBe(400);
  });

  it('limits look-ups per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1)
      statuses.push((await lookUp('traffic-fines', '51F12345', { ip: '203.0.113.9' })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    const limited = await lookUp('traffic-fines', '51F12345', { ip: '203.0.113.9' });
    expect(limited.json()).toMatchObject({ code: 'REQUEST.TOO_MANY' });
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await lookUp('traffic-fines', '51F12345', { ip: '203.0.113.10' })).statusCode).toBe(200);
  });
});

describe('motcua lookups import', () => {
  const bin = fileURLToPath(new URL('../bin/motcua.js', import.meta.url));
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [bin, ...args],
        { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.url, LOG_LEVEL: 'silent' }, timeout: 60_000 },
        (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
        },
      );
    });

  it('imports a file flagged sample from the command line (bad files: the same checks as the upload)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'motcua-lookups-'));
    try {
      const good = path.join(dir, 'gplx.csv');
      await writeFile(good, LICENCES);
      const done = await run(['lookups', 'import', 'driving-licence', good, '--tenant', other.slug, '--sample']);
      expect(done.stderr).toBe('');
      expect(done.code).toBe(0);
      expect(done.stdout).toBe(`${other.slug}: driving-licence replaced with 2 rows (sample data)\n`);
      const result = (await lookUp('driving-licence', '012345678901', { slug: other.slug })).json<LookupResult>();
      expect(result).toMatchObject({ sample: true, dataset: { source: 'gplx.csv', rowCount: 2 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
