import { formatDay } from '../../lib/format.ts';
import { adminUnitOf } from '../eforms/schema.ts';
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

/** How answers are put in words: Có/Không, and the names of administrative units by code. */
export interface AnswerWords {
  yes: string;
  no: string;
  /** The name of a province or commune; undefined while unknown, and the code is shown instead. */
  unitName?: (code: string) => string | undefined;
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
export function formatAnswer(schema: JsonObject, value: unknown, words: AnswerWords): string {
  const titled = optionTitle(schema, value);
  if (titled !== undefined) return titled;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return schema['format'] === 'date' || DAY.test(value) ? formatDay(value) : value;
  if (Array.isArray(value)) return value.map((item) => formatAnswer(asSchema(schema['items']), item, words)).join(', ');
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** An answer, with administrative units (`ui:widget: admin-unit`) by name rather than by code. */
function answerText(schema: JsonObject, ui: JsonObject, value: unknown, words: AnswerWords): string {
  if (adminUnitOf(ui) !== undefined && typeof value === 'string') return words.unitName?.(value) ?? value;
  return formatAnswer(schema, value, words);
}

function describeArray(
  key: string,
  title: string,
  schema: JsonObject,
  ui: JsonObject,
  items: unknown[],
  words: AnswerWords,
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
  words: AnswerWords,
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
    else section.rows.push({ key: path, label, value: answerText(child, childUi, value, words) });
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
  words: AnswerWords,
): FormSection {
  const root = schema ?? {};
  return describeObject('', titleOf(root, ''), root, uiSchema ?? {}, data, words);
}

function collectUnitLists(schema: JsonObject, uiSchema: JsonObject, data: JsonObject, lists: Set<string | null>): void {
  const properties = asSchema(schema['properties']);
  for (const [name, value] of Object.entries(data)) {
    const child = asSchema(properties[name]);
    const childUi = asSchema(uiSchema[name]);
    const unit = adminUnitOf(childUi);
    if (unit !== undefined && typeof value === 'string') {
      const province = unit.parentField === undefined ? undefined : data[unit.parentField];
      if (unit.level === 'province') lists.add(null);
      else if (typeof province === 'string' && province !== '') lists.add(province);
    } else if (isObject(value)) collectUnitLists(child, childUi, value, lists);
    else if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (isObject(item)) collectUnitLists(asSchema(child['items']), asSchema(childUi['items']), item, lists);
      }
    }
  }
}

/**
 * The administrative-unit lists that name the units in the answers: `null` for the provinces, a
 * province code for its communes.
 */
export function adminUnitLists(
  schema: JsonObject | null,
  uiSchema: JsonObject | null,
  data: JsonObject,
): (string | null)[] {
  const lists = new Set<string | null>();
  collectUnitLists(schema ?? {}, uiSchema ?? {}, data, lists);
  return [...lists];
}
