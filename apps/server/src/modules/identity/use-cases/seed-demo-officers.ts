import { withTx } from '../../../platform/db/database.ts';
import type { Role } from '../domain/officer.ts';
import { DEMO_PASSWORD } from '../domain/password-policy.ts';
import { listExistingUsernames } from '../officers.repo.ts';
import { createOfficer, type CreateOfficerDeps, type CreateOfficerInput } from './create-officer.ts';

const CENTRE = '000.00.00.H53';
const JUSTICE = '000.00.01.H53';
const COMMUNE = '000.20.01.H53';

function grants(role: Role, eids: readonly string[]): CreateOfficerInput['roles'] {
  return eids.map((unitEid) => ({ unitEid, role }));
}

/** The demo province's officers (API.md § Process), one per role. */
const DEMO_OFFICERS: readonly Omit<CreateOfficerInput, 'password'>[] = [
  {
    username: 'intake@tay-ninh',
    fullName: 'Nguyễn Thị Lan',
    unitEid: CENTRE,
    roles: grants('intake', [CENTRE, COMMUNE]),
  },
  {
    username: 'processor@tay-ninh',
    fullName: 'Trần Văn Minh',
    unitEid: CENTRE,
    roles: grants('processor', [CENTRE, JUSTICE, COMMUNE]),
  },
  {
    username: 'leader@tay-ninh',
    fullName: 'Lê Hoàng Phúc',
    unitEid: CENTRE,
    roles: grants('leader', [CENTRE, JUSTICE, COMMUNE]),
  },
  { username: 'admin@tay-ninh', fullName: 'Phạm Quốc Bảo', unitEid: CENTRE, roles: grants('admin', [CENTRE]) },
];

export interface DemoOfficersResult {
  created: string[];
  skipped: string[];
}

/**
 * Creates the demo officers of Tây Ninh with the demo password, for the demo seed only. Officers
 * that already exist are left as they are, so the seed can run on every start.
 */
export async function seedDemoOfficers(deps: CreateOfficerDeps, tenant: { id: string }): Promise<DemoOfficersResult> {
  const usernames = DEMO_OFFICERS.map((o) => o.username);
  const existing = new Set(
    await withTx(deps.database, tenant.id, (tx) => listExistingUsernames(tx, tenant.id, usernames)),
  );
  const result: DemoOfficersResult = { created: [], skipped: [] };
  for (const officer of DEMO_OFFICERS) {
    if (existing.has(officer.username)) {
      result.skipped.push(officer.username);
      continue;
    }
    await createOfficer(deps, tenant.id, { ...officer, password: DEMO_PASSWORD }, { allowDemoPassword: true });
    result.created.push(officer.username);
  }
  return result;
}
