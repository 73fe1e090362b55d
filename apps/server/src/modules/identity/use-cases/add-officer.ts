import type { CreateOfficerBody, OfficerAdminItem } from '@motcua/contracts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { listUnits } from '../../tenants/index.ts';
import { checkRoleUnits } from './check-role-units.ts';
import { createOfficer } from './create-officer.ts';

/**
 * An admin adds an officer with roles on units of the province (given by id). The first role's
 * unit becomes the officer's home unit. The password must pass the policy; it is hashed with argon2id.
 */
export async function addOfficer(
  deps: { database: Database; keyProvider: KeyProvider; now: () => Date },
  tenantId: string,
  body: CreateOfficerBody,
  actor: { officerId: string; requestId: string },
): Promise<OfficerAdminItem> {
  const { roles, eidOf } = await withTx(deps.database, tenantId, async (tx) => ({
    roles: await checkRoleUnits(tx, tenantId, body.roles),
    eidOf: new Map((await listUnits(tx, tenantId)).map((u) => [u.id, u.eid])),
  }));
  const eid = (unitId: string): string => eidOf.get(unitId) ?? '';
  const created = await createOfficer(
    deps,
    tenantId,
    {
      username: body.username,
      fullName: body.fullName,
      unitEid: eid(roles[0]?.unitId ?? ''),
      roles: roles.map((grant) => ({ unitEid: eid(grant.unitId), role: grant.role })),
      password: body.password,
    },
    { actorId: actor.officerId, requestId: actor.requestId },
  );
  return {
    id: created.id,
    username: created.username,
    fullName: body.fullName.normalize('NFC').trim(),
    active: true,
    roles,
    totp: false,
  };
}
