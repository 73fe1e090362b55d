import { asObject, asStringArray, isObject, resolve, type JsonObject, type Schema } from './schema.ts';

/**
 * A JSON Schema 2020-12 validator for e-forms, written for the browser: Ajv compiles schemas with
 * `new Function`, which the app's Content-Security-Policy forbids. It covers the assertion and
 * applicator keywords forms use and reports errors as Ajv does with `allErrors` (the server runs
 * Ajv on the same schema and stays the authority), so pointers and keywords line up with the
 * server's 422 answers. Not covered: remote `$ref`, `$dynamicRef`, `unevaluated*`.
 */

export interface SchemaError {
  /** JSON pointer of the value at fault; for `required`, of the missing property. */
  pointer: string;
  keyword: string;
  params: JsonObject;
}

interface Context {
  root: Schema;
  errors: SchemaError[];
}

export function validate(schema: Schema, data: unknown, root: Schema = schema): SchemaError[] {
  const context: Context = { root, errors: [] };
  check(schema, data, '', context);
  return context.errors;
}

export function isValid(schema: Schema, data: unknown, root: Schema = schema): boolean {
  return validate(schema, data, root).length === 0;
}

function fail(context: Context, pointer: string, keyword: string, params: JsonObject = {}): void {
  context.errors.push({ pointer, keyword, params });
}

function subValid(schema: unknown, data: unknown, context: Context): boolean {
  if (!isObject(schema) && typeof schema !== 'boolean') return true;
  return isValid(schema, data, context.root);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function hasType(type: string, data: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof data === 'string';
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    case 'integer':
      return typeof data === 'number' && Number.isInteger(data);
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    case 'object':
      return isObject(data);
    case 'array':
      return Array.isArray(data);
    default:
      return true;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The "full" e-mail format of ajv-formats, which the server uses.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function isDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= (lengths[month - 1] ?? 0);
}

function formatOk(format: string, text: string): boolean {
  switch (format) {
    case 'date':
      return isDate(text);
    case 'email':
      return EMAIL.test(text);
    case 'date-time':
      return isDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text)) && /[tT ]\d{2}:\d{2}/.test(text);
    case 'uuid':
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
    default:
      // Formats this client does not know are left to the server.
      return true;
  }
}

const patterns = new Map<string, RegExp | null>();

function compiled(pattern: string): RegExp | null {
  if (!patterns.has(pattern)) {
    let regex: RegExp | null;
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
    patterns.set(pattern, regex);
  }
  return patterns.get(pattern) ?? null;
}

/** Length in code points, as JSON Schema counts it (a character outside the BMP counts once). */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff)
      count += 1;
  }
  return count;
}

function checkString(s: JsonObject, data: string, pointer: string, context: Context): void {
  const length = codePoints(data);
  if (typeof s.minLength === 'number' && length < s.minLength)
    fail(context, pointer, 'minLength', { limit: s.minLength });
  if (typeof s.maxLength === 'number' && length > s.maxLength)
    fail(context, pointer, 'maxLength', { limit: s.maxLength });
  if (typeof s.pattern === 'string' && compiled(s.pattern)?.test(data) === false) fail(context, pointer, 'pattern');
  if (typeof s.format === 'string' && !formatOk(s.format, data)) fail(context, pointer, 'format', { format: s.format });
}

function checkNumber(s: JsonObject, data: number, pointer: string, context: Context): void {
  if (typeof s.minimum === 'number' && data < s.minimum) fail(context, pointer, 'minimum', { limit: s.minimum });
  if (typeof s.maximum === 'number' && data > s.maximum) fail(context, pointer, 'maximum', { limit: s.maximum });
  if (typeof s.exclusiveMinimum === 'number' && data <= s.exclusiveMinimum)
    fail(context, pointer, 'exclusiveMinimum', { limit: s.exclusiveMinimum });
  if (typeof s.exclusiveMaximum === 'number' && data >= s.exclusiveMaximum)
    fail(context, pointer, 'exclusiveMaximum', { limit: s.exclusiveMaximum });
  if (typeof s.multipleOf === 'number' && s.multipleOf > 0 && !Number.isInteger(data / s.multipleOf))
    fail(context, pointer, 'multipleOf', { limit: s.multipleOf });
}

function checkObject(s: JsonObject, data: JsonObject, pointer: string, context: Context): void {
  for (const key of asStringArray(s.required)) {
    if (!Object.hasOwn(data, key)) fail(context, `${pointer}/${escape(key)}`, 'required', { missingProperty: key });
  }
  const properties = asObject(s.properties);
  const patternProperties = asObject(s.patternProperties);
  for (const [key, value] of Object.entries(data)) {
    const path = `${pointer}/${escape(key)}`;
    let known = false;
    if (Object.hasOwn(properties, key)) {
      known = true;
      check(properties[key] as Schema, value, path, context);
    }
    for (const [pattern, sub] of Object.entries(patternProperties)) {
      if (compiled(pattern)?.test(key)) {
        known = true;
        check(sub as Schema, value, path, context);
      }
    }
    if (known || s.additionalProperties === undefined) continue;
    if (s.additionalProperties === false) fail(context, path, 'additionalProperties', { additionalProperty: key });
    else check(s.additionalProperties as Schema, value, path, context);
  }
  for (const [key, needed] of Object.entries(asObject(s.dependentRequired))) {
    if (!Object.hasOwn(data, key)) continue;
    for (const other of asStringArray(needed)) {
      if (!Object.hasOwn(data, other))
        fail(context, `${pointer}/${escape(other)}`, 'required', { missingProperty: other });
    }
  }
  for (const [key, sub] of Object.entries(asObject(s.dependentSchemas))) {
    if (Object.hasOwn(data, key)) check(sub as Schema, data, pointer, context);
  }
  const count = Object.keys(data).length;
  if (typeof s.minProperties === 'number' && count < s.minProperties) fail(context, pointer, 'minProperties');
  if (typeof s.maxProperties === 'number' && count > s.maxProperties) fail(context, pointer, 'maxProperties');
}

function checkArray(s: JsonObject, data: unknown[], pointer: string, context: Context): void {
  if (typeof s.minItems === 'number' && data.length < s.minItems)
    fail(context, pointer, 'minItems', { limit: s.minItems });
  if (typeof s.maxItems === 'number' && data.length > s.maxItems)
    fail(context, pointer, 'maxItems', { limit: s.maxItems });
  if (s.uniqueItems === true && data.some((item, i) => data.findIndex((other) => deepEqual(item, other)) !== i))
    fail(context, pointer, 'uniqueItems');
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
  data.forEach((item, index) => {
    const sub: unknown = index < prefix.length ? prefix[index] : s.items;
    if (isObject(sub) || typeof sub === 'boolean') check(sub, item, `${pointer}/${String(index)}`, context);
  });
  if (s.contains !== undefined) {
    const matches = data.filter((item) => subValid(s.contains, item, context)).length;
    const min = typeof s.minContains === 'number' ? s.minContains : 1;
    const max = typeof s.maxContains === 'number' ? s.maxContains : Infinity;
    if (matches < min || matches > max) fail(context, pointer, 'contains');
  }
}

function checkApplicators(s: JsonObject, data: unknown, pointer: string, context: Context): void {
  if (Array.isArray(s.allOf)) for (const sub of s.allOf) check(sub as Schema, data, pointer, context);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => subValid(sub, data, context))) fail(context, pointer, 'anyOf');
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter((sub) => subValid(sub, data, context)).length;
    if (passing !== 1) fail(context, pointer, 'oneOf', { passing });
  }
  if (s.not !== undefined && subValid(s.not, data, context)) fail(context, pointer, 'not');
  if (s.if !== undefined) {
    const branch = subValid(s.if, data, context) ? s.then : s.else;
    if (isObject(branch) || typeof branch === 'boolean') check(branch, data, pointer, context);
  }
}

function check(schemaOrRef: Schema, data: unknown, pointer: string, context: Context): void {
  if (schemaOrRef === true) return;
  if (schemaOrRef === false) {
    fail(context, pointer, 'false schema');
    return;
  }
  if (typeof schemaOrRef.$ref === 'string') check(resolve(schemaOrRef, context.root), data, pointer, context);
  const s = schemaOrRef;
  const types = typeof s.type === 'string' ? [s.type] : asStringArray(s.type);
  if (types.length > 0 && !types.some((type) => hasType(type, data))) {
    fail(context, pointer, 'type', { type: types.join(',') });
    return;
  }
  if (Object.hasOwn(s, 'const') && !deepEqual(s.const, data)) fail(context, pointer, 'const');
  if (Array.isArray(s.enum) && !s.enum.some((option) => deepEqual(option, data))) fail(context, pointer, 'enum');
  if (typeof data === 'string') checkString(s, data, pointer, context);
  if (typeof data === 'number') checkNumber(s, data, pointer, context);
  if (isObject(data)) checkObject(s, data, pointer, context);
  if (Array.isArray(data)) checkArray(s, data, pointer, context);
  checkApplicators(s, data, pointer, context);
}
