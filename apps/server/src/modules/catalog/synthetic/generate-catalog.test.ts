import { ProcedureDefinition } from '@motcua/contracts';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';

import { SYNTHETIC_NOTE, generateSyntheticCatalog } from './generate-catalog.ts';

describe('generateSyntheticCatalog', () => {
  const catalogue = generateSyntheticCatalog({});

  it('makes 2,212 procedures by default', () => {
    expect(catalogue).toHaveLength(2212);
  });

  it('gives every procedure a unique national-format code', () => {
    const codes = catalogue.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^[0-9]\.[0-9]{6}$/.test(code))).toBe(true);
  });

  it('gives every procedure a unique name', () => {
    expect(new Set(catalogue.map((p) => p.name)).size).toBe(catalogue.length);
  });

  it('produces valid ProcedureDefinition records marked as synthetic', () => {
    const invalid = catalogue.filter((p) => !Value.Check(ProcedureDefinition, p));
    expect(invalid.map((p) => [...Value.Errors(ProcedureDefinition, p)].map((e) => `${e.path}: ${e.message}`))).toEqual(
      [],
    );
    expect(catalogue.every((p) => p.source === 'synthetic' && p.uncertainties.includes(SYNTHETIC_NOTE))).toBe(true);
  });

  it('covers both levels and many fields', () => {
    expect(new Set(catalogue.map((p) => p.level))).toEqual(new Set(['province', 'commune']));
    expect(new Set(catalogue.map((p) => p.field.name)).size).toBeGreaterThanOrEqual(15);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSyntheticCatalog({ count: 50, seed: 7 })).toEqual(generateSyntheticCatalog({ count: 50, seed: 7 }));
    const other = generateSyntheticCatalog({ count: 50, seed: 8 }).map((p) => p.code);
    expect(other).not.toEqual(generateSyntheticCatalog({ count: 50, seed: 7 }).map((p) => p.code));
  });

  it.each([0, 1, 5000])('honours count = %i', (count) => {
    const generated = generateSyntheticCatalog({ count });
    expect(generated).toHaveLength(count);
    expect(new Set(generated.map((p) => p.code)).size).toBe(count);
  });
});
