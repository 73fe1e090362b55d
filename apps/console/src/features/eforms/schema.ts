/*
 * The slice of JSON Schema 2020-12 (and of rjsf-style UI schemas) the procedures' e-forms use:
 * objects, strings (dates, e-mails, patterns), numbers, booleans, options as `oneOf` of `const`s or
 * `enum`, arrays, and `allOf` of `if/then` rules that make fields required.
 */

export type JsonSchema = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asSchema(value: unknown): JsonSchema {
  return isRecord(value) ? value : {};
}

export function stringOf(schema: JsonSchema, key: string): string | undefined {
  const value = schema[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberOf(schema: JsonSchema, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' ? value : undefined;
}

export function typeOf(schema: JsonSchema): string | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((item): item is string => typeof item === 'string' && item !== 'null');
  if (isRecord(schema['properties'])) return 'object';
  return undefined;
}

export interface SchemaOption {
  value: string | number | boolean;
  label: string;
}

/** Choices of a field: `oneOf`/`anyOf` of `{const, title}`, or `enum`. */
export function optionsOf(schema: JsonSchema): SchemaOption[] | undefined {
  const choices = schema['oneOf'] ?? schema['anyOf'];
  if (Array.isArray(choices) && choices.every((choice) => isRecord(choice) && 'const' in choice)) {
    return (choices as JsonSchema[]).map((choice) => {
      const value = choice['const'] as SchemaOption['value'];
      return { value, label: stringOf(choice, 'title') ?? String(value) };
    });
  }
  const values = schema['enum'];
  if (Array.isArray(values)) {
    return values
      .filter((value): value is SchemaOption['value'] => ['string', 'number', 'boolean'].includes(typeof value))
      .map((value) => ({ value, label: String(value) }));
  }
  return undefined;
}

/** Property names in the UI schema's `ui:order` first (`*` marks where the rest go), then the schema's order. */
export function orderedProperties(schema: JsonSchema, uiSchema: JsonSchema): string[] {
  const names = Object.keys(asSchema(schema['properties']));
  const order = uiSchema['ui:order'];
  if (!Array.isArray(order)) return names;
  const listed = order.filter(
    (name): name is string => typeof name === 'string' && (name === '*' || names.includes(name)),
  );
  const rest = names.filter((name) => !listed.includes(name));
  const star = listed.indexOf('*');
  if (star === -1) return [...listed, ...rest];
  return [...listed.slice(0, star), ...rest, ...listed.slice(star + 1)];
}

export function requiredOf(schema: JsonSchema): string[] {
  const required = schema['required'];
  return Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : [];
}

/** "When `field` is one of `values`, these are required": one `if/then` of the object's `allOf`. */
export interface RequiredWhen {
  field: string;
  values: unknown[];
}

function conditionOf(rule: JsonSchema): RequiredWhen | undefined {
  const properties = asSchema(asSchema(rule['if'])['properties']);
  const [field, test] = Object.entries(properties)[0] ?? [];
  if (field === undefined || !isRecord(test)) return undefined;
  if ('const' in test) return { field, values: [test['const']] };
  if (Array.isArray(test['enum'])) return { field, values: test['enum'] as unknown[] };
  return undefined;
}

/** For each property made required by an `if/then` rule, the conditions that require it. */
export function conditionalRequirements(schema: JsonSchema): Map<string, RequiredWhen[]> {
  const result = new Map<string, RequiredWhen[]>();
  const rules = Array.isArray(schema['allOf']) ? (schema['allOf'] as unknown[]) : [];
  for (const rule of rules.filter(isRecord)) {
    const condition = conditionOf(rule);
    if (condition === undefined) continue;
    for (const name of requiredOf(asSchema(rule['then']))) {
      result.set(name, [...(result.get(name) ?? []), condition]);
    }
  }
  return result;
}

/** A message from the UI schema's `ui:errorMessages`, if the form's author wrote one. */
export function errorMessage(uiSchema: JsonSchema, rule: string): string | undefined {
  return stringOf(asSchema(uiSchema['ui:errorMessages']), rule);
}

/** A field holding an administrative-unit code (`ui:widget: admin-unit`), as the citizen app reads it. */
export interface AdminUnitWidget {
  level: 'province' | 'commune';
  /** The sibling field holding the province a commune list follows (`ui:options.parentField`). */
  parentField?: string;
}

export function adminUnitOf(uiSchema: JsonSchema): AdminUnitWidget | undefined {
  if (stringOf(uiSchema, 'ui:widget') !== 'admin-unit') return undefined;
  const options = asSchema(uiSchema['ui:options']);
  const parentField = stringOf(options, 'parentField');
  const level = options['level'] === 'commune' || parentField !== undefined ? 'commune' : 'province';
  return parentField === undefined ? { level } : { level, parentField };
}

/** The siblings whose unit list follows `key` (the communes of a province field), by the object's UI schema. */
export function dependentsOf(uiSchema: JsonSchema, key: string): string[] {
  return Object.entries(uiSchema)
    .filter(([, childUi]) => adminUnitOf(asSchema(childUi))?.parentField === key)
    .map(([name]) => name);
}

/** The value at a path of nested objects and lists, or undefined. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
