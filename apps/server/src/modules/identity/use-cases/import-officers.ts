import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { isRole, isValidUsername, normalizeUsername, type Role } from '../domain/officer.ts';
import { officerInputProblems, persistOfficer } from './create-officer.ts';

/** An officer as a province bundle lists it: the password only as an argon2id hash. */
export interface OfficerImport {
  username: string;
  fullName: string;
  /** E-ID code of the home unit. */
  unitEid: string;
  roles: readonly { unitEid: string; role: Role }[];
  /** An argon2id hash in PHC form (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`). */
  passwordHash: string;
}

/** argon2id in PHC form with at least OWASP's baseline cost (19 MiB, 2 passes), as we hash ourselves. */
const ARGON2ID = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,}$/;

/** Whether a stored password hash is one we accept: argon2id, no weaker than our own. */
export function isAcceptedPasswordHash(hash: string): boolean {
  const match = ARGON2ID.exec(hash);
  return match !== null && Number(match[1]) >= 19_456 && Number(match[2]) >= 2;
}

/**
 * Every problem of one officer of a bundle, before anything is written: username, name, roles, the
 * units named (among `unitEids`), and the password hash when one is given.
 */
export function officerImportProblems(
  officer: { username: string; fullName: string; unitEid: string; roles: { unitEid: string; role: string }[] },
  passwordHash: string | undefined,
  unitEids: ReadonlySet<string>,
): FieldError[] {
  const username = normalizeUsername(officer.username);
  const problems = officerInputProblems(username, officer);
  if (!isValidUsername(username)) return problems;
  if (!unitEids.has(officer.unitEid)) problems.push({ pointer: '/unitEid', message: 'no such unit' });
  officer.roles.forEach((grant, i) => {
    if (isRole(grant.role) && !unitEids.has(grant.unitEid)) {
      problems.push({ pointer: `/roles/${i}/unitEid`, message: 'no such unit' });
    }
  });
  if (officer.roles.length === 0) problems.push({ pointer: '/roles', message: 'at least one role' });
  if (passwordHash !== undefined && !isAcceptedPasswordHash(passwordHash)) {
    problems.push({ pointer: '/passwordHash', message: 'not an argon2id hash (m ≥ 19456, t ≥ 2)' });
  }
  return problems;
}

/**
 * Creates a province's officers inside the caller's transaction (a bundle's load), each with an
 * audit entry by the system. The caller checked them with `officerImportProblems`.
 */
export async function importOfficersInTx(
  tx: Tx,
  tenantId: string,
  officers: readonly OfficerImport[],
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const officer of officers) {
    const id = newId(now.getTime());
    const username = normalizeUsername(officer.username);
    const fullName = officer.fullName.normalize('NFC').trim();
    await persistOfficer(
      tx,
      tenantId,
      { ...officer, username, password: '' },
      { id, username, fullName, passwordHash: officer.passwordHash, totpSecretSealed: null, now },
      {},
    );
    ids.push(id);
  }
  return ids;
}
