import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../../platform/db/database.ts';
import { ImportRejectedError } from '../../../platform/errors.ts';
import { readJsonRecords } from '../../../platform/files/json-records.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/harness.ts';
import { procedureDefinition } from '../../../../test/factories/procedure.ts';
import { tenantWithUnits } from '../../../../test/factories/tenant.ts';
import type { Tenant } from '../../tenants/index.ts';
import { findCurrentVersion, listCurrentVersions } from '../catalog.repo.ts';
import { importCatalog } from './import-catalog.ts';

let db: TestDatabase;
let tenant: Tenant;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database);
});
afterAll(async () => db.drop());

function records(items: unknown[]): { line: number; value: unknown }[] {
  return readJsonRecords(JSON.stringify(items, null, 2), 'json');
}

async function count(): Promise<number> {
  return (await withTx(db.database, tenant.id, (tx) => listCurrentVersions(tx, tenant.id))).length;
}

describe('importCatalog', () => {
  it('imports nothing and reports every bad row with its line when a file has errors', async () => {
    const before = await count();
    const good = procedureDefinition();
    const noName = { ...procedureDefinition(), name: '' };
    const badForm = procedureDefinition({
      form: { schema: { type: 'object', properties: { a: { type: 'nope' } } }, uiSchema: {} },
    });
    const unknownUnit = procedureDefinition({ unitEids: ['000.99.99.X00'] });
    const error = await importCatalog(db.database, tenant.id, records([good, noName, badForm, unknownUnit, good]), {
      publishedBy: 'test',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const problems = (error as ImportRejectedError).problems;
    const lines = [...new Set(problems.map((p) => p.line))];
    expect(lines).toHaveLength(4);
    expect(problems.some((p) => /name/.test(p.message))).toBe(true);
    expect(problems.some((p) => /form/.test(p.message))).toBe(true);
    expect(problems.some((p) => /unknown unit/.test(p.message))).toBe(true);
    expect(problems.some((p) => /repeats/.test(p.message))).toBe(true);
    expect(await count()).toBe(before);
  });

  it('publishes version 1, skips unchanged content, and keeps old versions when content changes', async () => {
    const def = procedureDefinition();
    const first = await importCatalog(db.database, tenant.id, records([def]), { publishedBy: 'test' });
    expect(first).toEqual({ total: 1, published: 1, unchanged: 0 });
    const again = await importCatalog(db.database, tenant.id, records([def]), { publishedBy: 'test' });
    expect(again).toEqual({ total: 1, published: 0, unchanged: 1 });
    const changed = { ...def, fee: { amount: 8000, text: '8.000 đồng/bản' } };
    await importCatalog(db.database, tenant.id, records([changed]), { publishedBy: 'test' });
    const current = await withTx(db.database, tenant.id, (tx) => findCurrentVersion(tx, tenant.id, def.code));
    expect(current?.version).toBe(2);
    expect(current?.definition.fee.amount).toBe(8000);
    const versions = await db.database.pool.query('select version from procedure_versions where code = $1 order by 1', [
      def.code,
    ]);
    expect(versions.rows.map((r: { version: number }) => r.version)).toEqual([1, 2]);
  });

  it('reads records in the national procedure database layout', async () => {
    const national = {
      code: 'OK',
      data: {
        code: '1.888888',
        name: 'Thủ tục cấp giấy thử nghiệm',
        isWard: true,
        isFullProcess: false,
        category: { name: 'Hộ tịch', code: 'G15-TP07' },
        executionMethods: [
          {
            submissionMethod: 'DIRECT',
            processingTime: 5,
            processingTimeUnit: 'WORKING_DAY',
            fees: [{ value: 8000, description: 'Lệ phí', currencyName: 'Việt Nam Đồng' }],
          },
          { submissionMethod: 'ONLINE', processingTime: 3, processingTimeUnit: 'WORKING_DAY', fees: [] },
        ],
        executionCases: [
          {
            name: 'Giấy tờ phải nộp',
            profileComponents: [{ name: 'Tờ khai', originalQty: 1, copyQty: 0, required: true }],
          },
        ],
        legalBasisesDetails: [{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }],
        resultsDetails: [{ name: 'Giấy thử nghiệm', code: 'KQ.1' }],
        unitGroupsExecuting: [{ name: 'Ủy ban nhân dân cấp xã' }],
      },
    };
    await importCatalog(db.database, tenant.id, records([national]), { publishedBy: 'test' });
    const stored = await withTx(db.database, tenant.id, (tx) => findCurrentVersion(tx, tenant.id, '1.888888'));
    expect(stored?.definition).toMatchObject({
      level: 'commune',
      fee: { amount: 8000 },
      processingTime: { value: 5, unit: 'working_days' },
      channels: [{ channel: 'counter' }, { channel: 'online', processingTime: { value: 3 } }],
      cases: [{ documents: [{ name: 'Tờ khai', originals: 1, required: true }] }],
    });
  });

  it('keeps one tenant’s catalogue invisible to another', async () => {
    const other = await tenantWithUnits(db.database);
    await importCatalog(db.database, other.id, records([procedureDefinition()]), { publishedBy: 'test' });
    const seenFromOther = await withTx(db.database, other.id, (tx) => listCurrentVersions(tx, tenant.id));
    expect(seenFromOther).toEqual([]);
  });
});
