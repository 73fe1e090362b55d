import { demoProcedures } from '@motcua/demo';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/seed-demo.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/harness.ts';
import { getProcedureSource } from './get-procedure-source.ts';
import { publishProcedure } from './publish-procedure.ts';

let db: TestDatabase;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
});
afterAll(async () => db.drop());

it('publishes nothing when the editor sends any demo procedure back as it got it', async () => {
  const deps = { database: db.database, now: () => new Date() };
  const republished: string[] = [];
  for (const procedure of demoProcedures) {
    const source = await getProcedureSource(db.database, tenantId, procedure.code);
    const actor = { officerId: 'test-admin', requestId: 'test' };
    const result = await publishProcedure(deps, tenantId, procedure.code, source.definition, actor);
    if (result.published) republished.push(procedure.code);
  }
  expect(demoProcedures.length).toBeGreaterThan(20);
  expect(republished).toEqual([]);
});
