import { describe, expect, it } from 'vitest';
import { isAgencyEid } from './agency-eid.ts';
import { canAttach, subtreeOf } from './unit-tree.ts';

describe('isAgencyEid', () => {
  it.each([
    ['000.00.00.H53', true],
    ['000.20.01.H53', true],
    ['123.45.67.G09', true],
    ['000.00.00.h53', false],
    ['000.00.00.H5', false],
    ['00.00.00.H53', false],
    ['000-00-00-H53', false],
    ['G09.20', false],
    [' 000.00.00.H53', false],
  ])('%s → %s', (eid, ok) => {
    expect(isAgencyEid(eid)).toBe(ok);
  });
});

describe('unit tree', () => {
  const nodes = [
    { id: 'centre', parentId: null },
    { id: 'commune', parentId: 'centre' },
    { id: 'ward', parentId: 'commune' },
    { id: 'other', parentId: null },
  ];

  it.each([
    ['commune', 'other', true],
    ['ward', 'centre', true],
    ['commune', 'commune', false],
    ['centre', 'ward', false],
    ['centre', 'missing', false],
  ])('attach %s under %s → %s', (unit, parent, ok) => {
    expect(canAttach(nodes, unit, parent)).toBe(ok);
  });

  it('collects a subtree', () => {
    expect([...subtreeOf(nodes, 'centre')].sort()).toEqual(['centre', 'commune', 'ward']);
    expect([...subtreeOf(nodes, 'ward')]).toEqual(['ward']);
  });
});
