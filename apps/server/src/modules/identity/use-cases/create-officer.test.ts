import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/harness.ts';
import { tenantWithUnits } from '../../../../test/factories/tenant.ts';
import { ValidationError } from '../../../platform/errors.ts';
import type { Tenant } from '../../tenants/index.ts';
import { newKeyProvider, unitEids } from '../testing/identity-test-app.ts';
import { createOfficer, type CreateOfficerInput } from './create-officer.ts';

let db: TestDatabase;
let tenant: Tenant;
let input: CreateOfficerInput;
const keyProvider = newKeyProvider();
const deps = () => ({ database: db.database, keyProvider });

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database);
  const [centre = '', commune = ''] = await unitEids(db.database, tenant.id);
  input = {
    username: 'new@test',
    fullName: 'Đỗ Thị Mới',
    unitEid: commune,
    roles: [{ unitEid: centre, role: 'processor' }],
    password: 'Bến Kéo qua sông 7',
  };
});
afterAll(async () => {
  await db.drop();
});

describe('createOfficer', () => {
  it.each(['short1234', 'password123', 'QWERTYUIOP', 'weak@test'])('refuses the weak password %s', async (password) => {
    const attempt = createOfficer(deps(), tenant.id, { ...input, username: 'weak@test', password });
    await expect(attempt).rejects.toMatchObject({ code: 'IDENTITY.WEAK_PASSWORD' });
  });

  it('creates the officer with role grants and no TOTP unless asked', async () => {
    const created = await createOfficer(deps(), tenant.id, input);
    expect(created).toEqual({ id: expect.any(String), username: 'new@test' });
    const roles = await db.database.pool.query('select role from officer_roles where officer_id = $1', [created.id]);
    expect(roles.rows).toEqual([{ role: 'processor' }]);
  });

  it('refuses a username already taken, whatever its case', async () => {
    const attempt = createOfficer(deps(), tenant.id, { ...input, username: 'NEW@test' });
    await expect(attempt).rejects.toMatchObject({ code: 'IDENTITY.USERNAME_TAKEN' });
  });

  it('names unknown units and bad usernames', async () => {
    const attempt = createOfficer(deps(), tenant.id, {
      ...input,
      username: 'other@test',
      roles: [{ unitEid: '000.99.99.X00', role: 'leader' }],
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: [{ pointer: '/roles/0/unitEid', message: 'no such unit' }] });
    const badName = createOfficer(deps(), tenant.id, { ...input, username: 'có dấu' });
    await expect(badName).rejects.toMatchObject({ errors: [{ pointer: '/username' }] });
  });
});
