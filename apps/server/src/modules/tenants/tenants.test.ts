import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../platform/db/database.ts';
import { ImportRejectedError } from '../../platform/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { addWorkingDays, createTenant, getWorkingCalendar, importUnits, listUnits, type Tenant } from './index.ts';

let db: TestDatabase;
let tenant: Tenant;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database, 'tinh-thu');
});
afterAll(async () => db.drop());

describe('createTenant', () => {
  it('stores the computed holidays for 2025–2030, Tết 2026 included, and is safe to repeat', async () => {
    const again = await createTenant(db.database, { slug: 'tinh-thu', name: 'Khác', nationalCode: '11' });
    expect(again.id).toBe(tenant.id);
    const cal = await withTx(db.database, tenant.id, (tx) =>
      getWorkingCalendar(tx, tenant.id, '2025-01-01', '2030-12-31'),
    );
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-04-27', '2026-09-02', '2030-01-01']) {
      expect(cal.holidays.has(day), day).toBe(true);
    }
    // Accepted Friday 13/02/2026 10:00 (UTC+7), 3 working days: Tết is skipped → Wednesday 25/02 10:00.
    const due = addWorkingDays(cal, new Date('2026-02-13T03:00:00Z'), 3);
    expect(due.toISOString()).toBe('2026-02-25T03:00:00.000Z');
  });

  it('refuses a malformed slug or code', async () => {
    await expect(createTenant(db.database, { slug: 'Tây Ninh', name: 'x', nationalCode: '8' })).rejects.toThrow();
  });
});

describe('importUnits', () => {
  it('rejects the whole file, naming each bad line, when a row is wrong', async () => {
    const before = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
    const error = await importUnits(db.database, tenant.id, [
      { line: 2, value: { eid: '000.30.01.T1', kind: 'commune', name: 'Xã Ba', parentEid: '000.00.00.NOPE' } },
      { line: 3, value: { eid: '000.30.02.T1', kind: 'district', name: 'Huyện cũ' } },
      { line: 4, value: { eid: '000.30.03.T1', kind: 'commune', name: 'Xã A', parentEid: '000.30.04.T1' } },
      { line: 5, value: { eid: '000.30.04.T1', kind: 'commune', name: 'Xã B', parentEid: '000.30.03.T1' } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const lines = (error as ImportRejectedError).problems.map((p) => p.line);
    expect(new Set(lines)).toEqual(new Set([2, 3, 4, 5]));
    const after = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
    expect(after).toEqual(before);
  });

  it('updates a unit found by its e-ID code instead of duplicating it', async () => {
    const units = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
    const commune = units.find((u) => u.kind === 'commune');
    expect(commune).toBeDefined();
    const result = await importUnits(db.database, tenant.id, [
      { line: 1, value: { eid: commune?.eid, kind: 'commune', name: 'Xã Một (đổi tên)' } },
    ]);
    expect(result).toEqual({ created: 0, updated: 1 });
    const renamed = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
    expect(renamed.find((u) => u.eid === commune?.eid)?.name).toBe('Xã Một (đổi tên)');
    expect(renamed).toHaveLength(units.length);
  });

  it('keeps provinces apart: a transaction of one tenant sees none of another’s units', async () => {
    const other = await tenantWithUnits(db.database);
    const seen = await withTx(db.database, other.id, (tx) => listUnits(tx, tenant.id));
    expect(seen).toEqual([]);
    const own = await withTx(db.database, other.id, (tx) => listUnits(tx, other.id));
    expect(own.length).toBe(3);
  });
});
