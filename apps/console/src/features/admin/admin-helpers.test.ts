import { describe, expect, it } from 'vitest';
import { zaloBody } from './components/channels-panel.tsx';
import { officerChanges } from './components/officer-modal.tsx';
import { blankDefinition, editableDefinition, formOf, parseDefinition } from './definition.ts';
import type { OfficerAdminItem } from './types.ts';

const officer: OfficerAdminItem = {
  id: 'o-1',
  username: 'lan@tay-ninh',
  fullName: 'Nguyễn Thị Lan',
  active: true,
  roles: [{ role: 'intake', unitId: 'u-1' }],
  totp: false,
};

describe('officer changes', () => {
  it('sends only what changed', () => {
    expect(officerChanges(officer, { fullName: 'Nguyễn Thị Lan ', active: true, roles: officer.roles })).toEqual({});
    expect(
      officerChanges(officer, {
        fullName: 'Nguyễn Thị Lan',
        active: false,
        roles: [{ role: 'intake', unitId: 'u-1' }, { role: 'leader', unitId: 'u-2' }, { role: 'processor' }],
        password: 'mot-mat-khau-dai',
      }),
    ).toEqual({
      active: false,
      roles: [
        { role: 'intake', unitId: 'u-1' },
        { role: 'leader', unitId: 'u-2' },
      ],
      password: 'mot-mat-khau-dai',
    });
  });
});

describe('Zalo credentials', () => {
  it('leaves blank secrets out so the stored ones stay', () => {
    expect(zaloBody({ oaId: ' 123 ', appId: '456', appSecret: '  ', oaSecretKey: 'khoa-bi-mat' })).toEqual({
      oaId: '123',
      appId: '456',
      oaSecretKey: 'khoa-bi-mat',
    });
  });
});

describe('procedure definitions', () => {
  it('lays a stored definition out for editing, keeping every field it has', () => {
    const definition = editableDefinition({
      keywords: ['làm giấy khai sinh'],
      source: 'csdl-quoc-gia',
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      unitEids: ['000.20.01.H53'],
      form: { schema: { type: 'object' }, uiSchema: {} },
      version: 3,
    });
    expect(definition).toMatchObject({
      code: '1.001193',
      unitEids: ['000.20.01.H53'],
      keywords: ['làm giấy khai sinh'],
      source: 'csdl-quoc-gia',
      uncertainties: [],
    });
    expect(Object.keys(definition).slice(0, 3)).toEqual(['code', 'name', 'unitEids']);
    expect(definition).not.toHaveProperty('version');
    expect(formOf(definition)).toEqual({ schema: { type: 'object' }, uiSchema: {} });
  });

  it('checks an edited definition before it is sent', () => {
    const text = JSON.stringify(blankDefinition('1.009999'));
    expect(parseDefinition(text, '1.009999')).toMatchObject({ ok: true });
    expect(parseDefinition(text, '1.001193')).toEqual({ ok: false, problem: 'code', detail: '1.009999' });
    expect(parseDefinition('{"code":', '1.009999')).toMatchObject({ ok: false, problem: 'json' });
    expect(parseDefinition('{"code":"1.009999"}', '1.009999')).toMatchObject({ ok: false, problem: 'shape' });
  });
});
