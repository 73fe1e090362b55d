import type { Actor, Role } from '@motcua/workflow';
import { describe, expect, it } from 'vitest';
import { actingRole } from './acting-role.ts';
import { formatDossierCode, maskName, normalizePhone } from './dossier-code.ts';
import { checkDocuments } from './required-documents.ts';

describe('formatDossierCode', () => {
  it.each([
    ['000.20.01.H53', '2026-11-24', 1, '000.20.01.H53-261124-0001'],
    ['000.00.00.H53', '2025-01-02', 9999, '000.00.00.H53-250102-9999'],
    ['000.00.00.H53', '2025-01-02', 10000, '000.00.00.H53-250102-10000'],
  ])('%s on %s #%i → %s', (eid, day, seq, code) => {
    expect(formatDossierCode(eid, day, seq)).toBe(code);
  });

  it('refuses a bad date or number', () => {
    expect(() => formatDossierCode('X', '24/11/2026', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('X', '2026-11-24', 0)).toThrow(RangeError);
  });
});

describe('maskName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn V** A*'],
    ['Trần Thị Ngọc Ánh', 'Trần T** N*** Á**'],
    ['Lê', 'L***'],
    ['  Phạm   Minh  ', 'Phạm M***'],
    ['Nguyễn Thị Ánh'.normalize('NFD'), 'Nguyễn T** Á**'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '84912345678'],
    ['+84912345678', '84912345678'],
    ['091 234 5678', '84912345678'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });
  it('refuses a landline-length number', () => {
    expect(() => normalizePhone('02763822222')).toThrow(RangeError);
  });
});

describe('checkDocuments', () => {
  const docs = [
    { key: 'to-khai', name: 'Tờ khai', required: true },
    { key: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true },
    { key: 'uy-quyen', name: 'Văn bản ủy quyền', required: false },
    { key: 'cccd', name: 'Căn cước', required: true, presentOnly: true },
  ];
  it('lists every missing required document at once, ignoring papers shown at the desk', () => {
    expect(checkDocuments(docs, []).missing.map((d) => d.key)).toEqual(['to-khai', 'giay-chung-sinh']);
    expect(checkDocuments(docs, ['to-khai', 'giay-chung-sinh']).missing).toEqual([]);
  });
  it('names attachments that belong to no document', () => {
    expect(checkDocuments(docs, ['to-khai', 'ho-chieu']).unknown).toEqual(['ho-chieu']);
  });
});

describe('checkDocuments with an e-form', () => {
  const docs = [
    { key: 'to-khai', name: 'Tờ khai', required: true, filledByForm: true },
    { key: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true },
  ];
  it('does not ask for the declaration when the e-form stands in for it', () => {
    expect(checkDocuments(docs, [], true).missing.map((d) => d.key)).toEqual(['giay-chung-sinh']);
    expect(checkDocuments(docs, [], false).missing.map((d) => d.key)).toEqual(['to-khai', 'giay-chung-sinh']);
  });
});

describe('actingRole', () => {
  const officer = (roles: [string, Role][]): Actor => ({
    kind: 'officer',
    officerId: 'o-1',
    roles: roles.map(([unitId, role]) => ({ unitId, role })),
  });

  it.each<[string, [string, Role][], Role[], Role | null]>([
    ['the allowed role held on the unit', [['u-1', 'processor']], ['processor', 'leader'], 'processor'],
    [
      'the first allowed role in the rule’s order',
      [
        ['u-1', 'leader'],
        ['u-1', 'processor'],
      ],
      ['processor', 'leader'],
      'processor',
    ],
    [
      'not a role held on another unit',
      [
        ['u-2', 'leader'],
        ['u-1', 'processor'],
      ],
      ['leader'],
      'processor',
    ],
    ['any role on the unit when none is allowed', [['u-1', 'intake']], ['leader'], 'intake'],
    ['nothing without a role on the unit', [['u-2', 'intake']], ['intake'], null],
  ])('%s', (_label, roles, allowed, expected) => {
    expect(actingRole(officer(roles), 'u-1', allowed)).toBe(expected);
  });

  it('is null for citizens and the system', () => {
    expect(actingRole({ kind: 'citizen' }, 'u-1', ['intake'])).toBeNull();
    expect(actingRole({ kind: 'system' }, 'u-1')).toBeNull();
  });
});
