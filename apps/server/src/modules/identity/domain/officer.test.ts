import { describe, expect, it } from 'vitest';
import { hasRole, isValidUsername, normalizeUsername } from './officer.ts';

describe('hasRole', () => {
  const officer = {
    roles: [
      { unitId: 'centre', role: 'intake' },
      { unitId: 'commune', role: 'processor' },
    ],
  } as const;

  it.each([
    ['centre', 'intake', true],
    ['centre', ['processor', 'intake'], true],
    ['commune', 'intake', false],
    ['commune', ['processor'], true],
    ['department', 'processor', false],
  ] as const)('on %s with %j → %s', (unitId, roles, expected) => {
    expect(hasRole(officer, unitId, roles)).toBe(expected);
  });
});

describe('usernames', () => {
  it('compares in one canonical form', () => {
    expect(normalizeUsername('  Intake@Tay-Ninh ')).toBe('intake@tay-ninh');
    expect(isValidUsername('intake@tay-ninh')).toBe(true);
    expect(isValidUsername('a b')).toBe(false);
  });
});
