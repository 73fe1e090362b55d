import dayjs, { isDayjs } from 'dayjs';
import { asSchema, isRecord, typeOf, type JsonSchema } from './schema.ts';

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return false;
}

function cleanValue(schema: JsonSchema, value: unknown): unknown {
  if (isDayjs(value)) return value.format('YYYY-MM-DD');
  // An unticked "I confirm" box is no answer: the box must be ticked, not sent as false.
  if (schema['const'] === true && value === false) return undefined;
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    const items = asSchema(schema['items']);
    return value.map((item) => cleanValue(items, item)).filter((item) => !isEmpty(item));
  }
  if (isRecord(value)) return toSubmission(schema, value);
  return value;
}

/**
 * The answers as the server validates them: days as `YYYY-MM-DD`, text trimmed, and blanks and empty
 * groups left out rather than sent as empty strings that fail the schema's `minLength`.
 */
export function toSubmission(schema: JsonSchema, values: Record<string, unknown>): Record<string, unknown> {
  const properties = asSchema(schema['properties']);
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const cleaned = cleanValue(asSchema(properties[name]), value);
    if (!isEmpty(cleaned)) result[name] = cleaned;
  }
  return result;
}

/**
 * Whether a section would be left out of the submission: nothing in it answered. An optional
 * section's own required fields are asked for only once it is not blank.
 */
export function isBlank(schema: JsonSchema, value: unknown): boolean {
  return isEmpty(cleanValue(schema, value));
}

/** Saved answers in the form's own shape: days become date-picker values. */
export function toFormValues(schema: JsonSchema, data: Record<string, unknown>): Record<string, unknown> {
  const properties = asSchema(schema['properties']);
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const child = asSchema(properties[name]);
    if (child['format'] === 'date' && typeof value === 'string') result[name] = dayjs(value);
    else if (typeOf(child) === 'object' && isRecord(value)) result[name] = toFormValues(child, value);
    else if (Array.isArray(value) && typeOf(asSchema(child['items'])) === 'object') {
      const items: unknown[] = value;
      result[name] = items.map((item) => (isRecord(item) ? toFormValues(asSchema(child['items']), item) : item));
    } else result[name] = value;
  }
  return result;
}
