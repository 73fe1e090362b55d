import { asObject, asStringArray, isObject, resolve, type JsonObject, type Schema } from './schema.ts';
import { isValid } from './validate.ts';

/*
 * Conditional parts of an object: `if`/`then`/`else` (directly or inside `allOf`) and
 * `dependentRequired`. A property that only a condition requires is a conditional section: it is
 * shown when its condition holds (or when it already holds an answer), and hidden otherwise.
 */

interface Conditional {
  when: Schema;
  then: JsonObject;
  otherwise: JsonObject;
}

function conditionalsOf(schema: JsonObject): Conditional[] {
  const own: JsonObject[] = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : [])];
  return own.flatMap((node) => {
    const when = node.if;
    if (!isObject(when) && typeof when !== 'boolean') return [];
    return [{ when, then: asObject(node.then), otherwise: asObject(node.else) }];
  });
}

function branchRequired(branch: JsonObject, data: JsonObject, root: Schema, into: Set<string>): void {
  for (const key of asStringArray(branch.required)) into.add(key);
  for (const nested of conditionalsOf(branch)) {
    branchRequired(isValid(nested.when, data, root) ? nested.then : nested.otherwise, data, root, into);
  }
}

/** The properties required right now: the schema's own `required`, plus what active conditions add. */
export function requiredNow(schema: JsonObject, data: JsonObject, root: Schema): Set<string> {
  const required = new Set(asStringArray(schema.required));
  for (const conditional of conditionalsOf(schema)) {
    const branch = isValid(conditional.when, data, root) ? conditional.then : conditional.otherwise;
    branchRequired(branch, data, root, required);
  }
  for (const [key, needed] of Object.entries(asObject(schema.dependentRequired))) {
    if (Object.hasOwn(data, key)) for (const other of asStringArray(needed)) required.add(other);
  }
  return required;
}

function collectBranchKeys(branch: JsonObject, into: Set<string>): void {
  for (const key of asStringArray(branch.required)) into.add(key);
  for (const nested of conditionalsOf(branch)) {
    collectBranchKeys(nested.then, into);
    collectBranchKeys(nested.otherwise, into);
  }
}

/** Properties that only some condition requires (never the schema's own `required`). */
export function conditionalKeys(schema: JsonObject): Set<string> {
  const keys = new Set<string>();
  for (const conditional of conditionalsOf(schema)) {
    collectBranchKeys(conditional.then, keys);
    collectBranchKeys(conditional.otherwise, keys);
  }
  for (const needed of Object.values(asObject(schema.dependentRequired))) {
    for (const key of asStringArray(needed)) keys.add(key);
  }
  for (const key of asStringArray(schema.required)) keys.delete(key);
  return keys;
}

/** Whether a value counts as answered: empty strings, objects and arrays do not. */
export function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.values(value).some(hasAnswer);
  return true;
}

/**
 * The answers with every required section that is still missing present as `{}`, so that checking
 * them names each blank field of the section rather than only "section missing" (what the server,
 * checking the real answers, would say). For messages only: this is never sent.
 */
export function withRequiredSections(schema: Schema, value: unknown, root: Schema): unknown {
  const s = resolve(schema, root);
  if (!isObject(s)) return value;
  if (Array.isArray(value)) {
    const items = isObject(s.items) ? s.items : undefined;
    return items ? value.map((item: unknown) => withRequiredSections(items, item, root)) : value;
  }
  if (!isObject(value)) return value;
  const properties = asObject(s.properties);
  const required = requiredNow(s, value, root);
  const filled: JsonObject = { ...value };
  for (const [key, child] of Object.entries(properties)) {
    const childSchema = isObject(child) ? resolve(child, root) : child;
    const isSection = isObject(childSchema) && childSchema.type === 'object';
    if (filled[key] === undefined && isSection && required.has(key)) filled[key] = {};
    if (filled[key] !== undefined) filled[key] = withRequiredSections(child as Schema, filled[key], root);
  }
  return filled;
}
