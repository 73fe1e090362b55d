import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { conditionalRequirements, optionsOf, orderedProperties } from './schema.ts';
import { toFormValues, toSubmission } from './schema-values.ts';

const form = khaiSinh.form;
if (!form) throw new Error('the demo birth registration has an e-form');

describe('e-form schema', () => {
  it('orders fields as the UI schema says, the rest where `*` stands', () => {
    const schema = { properties: { a: {}, b: {}, c: {}, d: {} } };
    expect(orderedProperties(schema, { 'ui:order': ['c', '*', 'a'] })).toEqual(['c', 'b', 'd', 'a']);
    expect(orderedProperties(schema, { 'ui:order': ['d', 'x'] })).toEqual(['d', 'a', 'b', 'c']);
    expect(orderedProperties(schema, {})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads the birth registration’s conditional requirements and options', () => {
    const conditions = conditionalRequirements(form.schema);
    expect(conditions.get('father')).toEqual([{ field: 'hasFather', values: [true] }]);
    expect(conditions.get('birthCertificateNumber')).toEqual([{ field: 'birthProof', values: ['birth-certificate'] }]);
    const relationship = (form.schema['properties'] as Record<string, Record<string, unknown>>)['relationship'] ?? {};
    expect(optionsOf(relationship)?.map((option) => option.label)).toContain('Mẹ');
  });

  it('cleans answers for the server: days, trimmed text, no blanks or empty groups', () => {
    const schema = {
      properties: {
        name: { type: 'string' },
        born: { type: 'string', format: 'date' },
        note: { type: 'string' },
        address: { type: 'object', properties: { street: { type: 'string' } } },
        members: { type: 'array', items: { type: 'object', properties: { born: { type: 'string', format: 'date' } } } },
      },
    };
    const values = {
      name: '  An ',
      born: dayjs('2026-07-10'),
      note: '   ',
      address: { street: '' },
      members: [{ born: dayjs('2001-02-03') }, {}],
      copies: 0,
      agreed: false,
    };
    expect(toSubmission(schema, values)).toEqual({
      name: 'An',
      born: '2026-07-10',
      members: [{ born: '2001-02-03' }],
      copies: 0,
      agreed: false,
    });
  });

  it('turns a complete example back into form values and out again unchanged', () => {
    const example = (form.schema['examples'] as Record<string, unknown>[])[0] ?? {};
    expect(toSubmission(form.schema, toFormValues(form.schema, example))).toEqual(example);
  });
});
