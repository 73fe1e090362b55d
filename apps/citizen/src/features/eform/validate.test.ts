import { demoProcedures } from '@motcua/demo';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { choicesOf, isObject, type JsonObject } from './schema.ts';
import { validate } from './validate.ts';

/** The server's form validator (apps/server catalog/forms.ts), rebuilt here to compare against. */
function serverAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv;
}

/** Pointers the server would name, as its error mapping builds them. */
function serverPointers(ajv: Ajv2020, schema: JsonObject, data: unknown): string[] {
  const check = ajv.compile(schema);
  if (check(data)) return [];
  const pointers = (check.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
      const extra = e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
      return `${e.instancePath}${missing}${extra}`;
    });
  return [...new Set(pointers)].sort();
}

function clientPointers(schema: JsonObject, data: unknown): string[] {
  return [...new Set(validate(schema, data).map((e) => e.pointer))].sort();
}

type Mutation = { name: string; data: unknown };

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Every way to spoil one answer: drop it, blank it, and put wrong values of each kind. */
function mutations(example: JsonObject, schema: JsonObject): Mutation[] {
  const out: Mutation[] = [];
  const visit = (node: unknown, nodeSchema: unknown, set: (v: unknown) => unknown, where: string) => {
    const s = isObject(nodeSchema) ? nodeSchema : {};
    if (isObject(node)) {
      const props = isObject(s.properties) ? s.properties : {};
      for (const key of Object.keys(node)) {
        const without = Object.fromEntries(Object.entries(node).filter(([k]) => k !== key));
        out.push({ name: `${where}/${key} removed`, data: set(without) });
        visit(node[key], props[key], (v) => set({ ...clone(node), [key]: v }), `${where}/${key}`);
      }
      out.push({ name: `${where} extra`, data: set({ ...clone(node), unexpected: 'x' }) });
      // Turn conditions on: every listed answer of every choice field that is not given.
      for (const [key, sub] of Object.entries(props)) {
        for (const choice of choicesOf(sub as JsonObject) ?? []) {
          out.push({
            name: `${where}/${key}=${String(choice.value)}`,
            data: set({ ...clone(node), [key]: choice.value }),
          });
        }
      }
      return;
    }
    if (Array.isArray(node)) {
      out.push({ name: `${where} empty`, data: set([]) });
      if (node.length > 0) out.push({ name: `${where} duplicate`, data: set([...node, clone(node[0])]) });
      node.forEach((item, index) => {
        const list: unknown[] = node;
        visit(item, s.items, (v) => set(list.map((x, i) => (i === index ? v : x))), `${where}/${String(index)}`);
      });
      return;
    }
    const spoiled: unknown[] =
      typeof node === 'string'
        ? [
            '',
            ' ',
            'x',
            '0123456789012',
            '07219500123',
            '0218123456',
            '2026-02-30',
            '31/12/2026',
            'a@b',
            'ê'.repeat(301),
          ]
        : typeof node === 'number'
          ? [-1, 0, 1.5, 1e13, 'abc']
          : typeof node === 'boolean'
            ? [!node, 'true']
            : [null];
    for (const value of spoiled) out.push({ name: `${where}=${JSON.stringify(value)}`, data: set(value) });
  };
  visit(example, schema, (v) => v, '');
  return out;
}

const withForms = demoProcedures.filter((p) => p.form !== undefined);

describe('client validator agrees with the server validator on every demo e-form', () => {
  const ajv = serverAjv();

  it('covers the ten demo forms', () => {
    expect(withForms.length).toBeGreaterThanOrEqual(10);
  });

  it.each(withForms.map((p) => [p.code, p.form?.schema ?? {}] as const))('%s', (_code, schema) => {
    const example = (schema.examples as unknown[])[0] as JsonObject;
    expect(validate(schema, example)).toEqual([]);
    expect(clientPointers(schema, {})).toEqual(serverPointers(ajv, schema, {}));
    const cases = mutations(example, schema);
    expect(cases.length).toBeGreaterThan(100);
    for (const mutation of cases) {
      expect([mutation.name, clientPointers(schema, mutation.data)]).toEqual([
        mutation.name,
        serverPointers(ajv, schema, mutation.data),
      ]);
    }
  });
});

describe('keywords', () => {
  it('reports required, pattern, format and type at the field', () => {
    const schema = {
      type: 'object',
      required: ['id', 'day'],
      properties: {
        id: { type: 'string', pattern: '^[0-9]{12}$' },
        day: { type: 'string', format: 'date' },
        n: { type: 'integer', minimum: 1 },
      },
    };
    expect(validate(schema, { id: '123', n: 1.5 })).toEqual([
      { pointer: '/day', keyword: 'required', params: { missingProperty: 'day' } },
      { pointer: '/id', keyword: 'pattern', params: {} },
      { pointer: '/n', keyword: 'type', params: { type: 'integer' } },
    ]);
    expect(validate(schema, { id: '072195001234', day: '2024-02-29' })).toEqual([]);
    expect(validate(schema, { id: '072195001234', day: '2025-02-29' })[0]?.keyword).toBe('format');
  });

  it('applies dependentRequired, anyOf and local $ref', () => {
    const schema = {
      $defs: { code: { type: 'string', minLength: 2 } },
      type: 'object',
      properties: { a: { $ref: '#/$defs/code' }, b: { type: 'string' } },
      dependentRequired: { a: ['b'] },
      anyOf: [{ required: ['a'] }, { required: ['b'] }],
    };
    expect(validate(schema, {}).map((e) => e.keyword)).toEqual(['anyOf']);
    expect(validate(schema, { a: 'x' }).map((e) => [e.pointer, e.keyword])).toEqual([
      ['/a', 'minLength'],
      ['/b', 'required'],
    ]);
  });
});
