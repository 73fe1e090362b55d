import { formatDay } from '../../lib/format.ts';
import type { JsonObject } from './types.ts';

/** One answer of the e-form, labelled with the schema's title. */
export interface FormRow {
  key: string;
  label: string;
  value: string;
}

/** A group of answers (an object of the schema: the applicant, the child, the mother…). */
export interface FormSection {
  key: string;
  title: string;
  rows: FormRow[];
  sections: FormSection[];
}

export interface YesNoWords {
  yes: string;
  no: string;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asSchema(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

function titleOf(schema: JsonObject, key: string): string {
  return typeof schema['title'] === 'string' ? schema['title'] : key;
}

/** Properties in the UI schema's `ui:order`, then the schema's own order, then answers the schema does not know. */
function orderedKeys(schema: JsonObject, uiSchema: JsonObject, data: JsonObject): string[] {
  const properties = Object.keys(asSchema(schema['properties']));
  const order = Array.isArray(uiSchema['ui:order'])
    ? (uiSchema['ui:order'] as unknown[]).filter((key): key is string => typeof key === 'string' && key !== '*')
    : [];
  return [...new Set([...order, ...properties, ...Object.keys(data)])];
}

function optionTitle(schema: JsonObject, value: unknown): string | undefined {
  const options = schema['oneOf'] ?? schema['anyOf'];
  if (!Array.isArray(options)) return undefined;
  for (const option of options as unknown[]) {
    if (isObject(option) && option['const'] === value && typeof option['title'] === 'string') return option['title'];
  }
  return undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An answer in words: options by their titles, booleans as Có/Không, days as dd/MM/yyyy. */
export function formatAnswer(schema: JsonObject, value: unknown, words: YesNoWords): string {
  const titled = optionTitle(schema, value);
  if (titled !== undefined) return titled;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return schema['format'] === 'date' || DAY.test(value) ? formatDay(value) : value;
  if (Array.isArray(value)) return value.map((item) => formatAnswer(asSchema(schema['items']), item, words)).join(', ');
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

function describeArray(
  key: string,
  title: string,
  schema: JsonObject,
  ui: JsonObject,
  items: unknown[],
  words: YesNoWords,
) {
  const itemSchema = asSchema(schema['items']);
  const itemUi = asSchema(ui['items']);
  return items.map((item, index) =>
    describeObject(
      `${key}.${String(index)}`,
      `${title} ${String(index + 1)}`,
      itemSchema,
      itemUi,
      asSchema(item),
      words,
    ),
  );
}

function describeObject(
  key: string,
  title: string,
  schema: JsonObject,
  uiSchema: JsonObject,
  data: JsonObject,
  words: YesNoWords,
): FormSection {
  const section: FormSection = { key, title, rows: [], sections: [] };
  const properties = asSchema(schema['properties']);
  for (const name of orderedKeys(schema, uiSchema, data)) {
    const value = data[name];
    if (value === undefined || value === null || value === '') continue;
    const child = asSchema(properties[name]);
    const childUi = asSchema(uiSchema[name]);
    const path = key === '' ? name : `${key}.${name}`;
    const label = titleOf(child, name);
    const objectItems = Array.isArray(value) && value.some(isObject);
    if (isObject(value)) section.sections.push(describeObject(path, label, child, childUi, value, words));
    else if (objectItems) section.sections.push(...describeArray(path, label, child, childUi, value, words));
    else section.rows.push({ key: path, label, value: formatAnswer(child, value, words) });
  }
  return section;
}

/**
 * The dossier's e-form answers as labelled sections, in the form's own order and words. Without a
 * schema the answers still show, under their keys.
 */
export function describeFormData(
  schema: JsonObject | null,
  uiSchema: JsonObject | null,
  data: JsonObject,
  words: YesNoWords,
): FormSection {
  const root = schema ?? {};
  return describeObject('', titleOf(root, ''), root, uiSchema ?? {}, data, words);
}
