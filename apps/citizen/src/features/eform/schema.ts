/*
 * Reading JSON Schema 2020-12 and the rjsf-style UI schema of a procedure's e-form. Both arrive
 * as plain JSON from the catalogue, so every access checks its shape.
 */

export type JsonObject = Record<string, unknown>;
/** A JSON Schema: an object, or `true`/`false` (accept anything / nothing). */
export type Schema = JsonObject | boolean;
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

export function asStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `["applicant", "residence", 0]` → `/applicant/residence/0` (RFC 6901 escaping). */
export function toPointer(path: Path): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Resolves a local `$ref` (`#/$defs/…`) against the root schema; other schemas are returned as they are. */
export function resolve(schema: Schema, root: Schema): Schema {
  if (!isObject(schema) || typeof schema.$ref !== 'string') return schema;
  const ref = schema.$ref;
  if (!ref.startsWith('#')) return true;
  let node: unknown = root;
  for (const part of fromPointer(ref.slice(1))) node = isObject(node) ? node[part] : undefined;
  return isObject(node) || typeof node === 'boolean' ? node : true;
}

/** The main type of a schema node (`["string","null"]` → `string`). */
export function schemaType(schema: Schema): string | undefined {
  if (!isObject(schema)) return undefined;
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

export interface Choice {
  value: string | number | boolean;
  title: string;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The fixed options of a field: `oneOf`/`anyOf` of `{const, title}`, or `enum`. Null when free input. */
export function choicesOf(schema: Schema): Choice[] | null {
  if (!isObject(schema)) return null;
  const variants = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : null;
  if (variants && variants.length > 0 && variants.every((v) => isObject(v) && isScalar(v.const))) {
    return variants.map((v) => {
      const variant = asObject(v);
      const value = variant.const as string | number | boolean;
      return { value, title: typeof variant.title === 'string' ? variant.title : String(value) };
    });
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every(isScalar)) {
    return schema.enum.map((value) => ({ value, title: String(value) }));
  }
  return null;
}

/** The UI schema node of a child: a property's node, or an array's `items` node for an index. */
export function uiChild(ui: JsonObject, segment: PathSegment): JsonObject {
  return asObject(typeof segment === 'number' ? ui.items : ui[segment]);
}

export function uiOptions(ui: JsonObject): JsonObject {
  return asObject(ui['ui:options']);
}

/** Property names in `ui:order` order; `*` stands for the ones not listed, else they come last. */
export function orderedKeys(keys: readonly string[], order: readonly string[]): string[] {
  if (order.length === 0) return [...keys];
  const listed = order.filter((key) => key === '*' || keys.includes(key));
  const rest = keys.filter((key) => !listed.includes(key));
  const star = listed.indexOf('*');
  if (star === -1) return [...listed, ...rest];
  return [...listed.slice(0, star), ...rest, ...listed.slice(star + 1)];
}

export function titleOf(schema: Schema, fallback: string): string {
  return isObject(schema) && typeof schema.title === 'string' ? schema.title : fallback;
}

/** The schema of the value at `path`, following `properties` and `items` from the root. */
export function schemaAt(root: Schema, path: readonly string[]): Schema | undefined {
  let node: Schema = resolve(root, root);
  for (const segment of path) {
    if (!isObject(node)) return undefined;
    const properties = asObject(node.properties);
    const next: unknown = /^\d+$/.test(segment) && node.items !== undefined ? node.items : properties[segment];
    if (!isObject(next) && typeof next !== 'boolean') return undefined;
    node = resolve(next, root);
  }
  return node;
}

/** The UI node for a path, with array indices mapped to `items`. */
export function uiAt(rootUi: JsonObject, path: readonly string[]): JsonObject {
  let node = rootUi;
  for (const segment of path) node = /^\d+$/.test(segment) ? asObject(node.items) : asObject(node[segment]);
  return node;
}
