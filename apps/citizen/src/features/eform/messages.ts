import type { Lang, MessageKey, Translate } from '../../i18n/translate.ts';
import {
  asObject,
  choicesOf,
  fromPointer,
  isObject,
  schemaAt,
  schemaType,
  uiAt,
  type JsonObject,
  type Schema,
} from './schema.ts';
import type { SchemaError } from './validate.ts';

export type FieldKind =
  | 'object'
  | 'array'
  | 'multi-choice'
  | 'choice'
  | 'confirm'
  | 'boolean'
  | 'number'
  | 'integer'
  | 'date'
  | 'id-number'
  | 'phone'
  | 'email'
  | 'admin-unit'
  | 'textarea'
  | 'text';

const ID_NUMBER = '^[0-9]{12}$';

/** What to draw for a schema node: the UI schema's `ui:widget` first, then the schema's own shape. */
export function fieldKind(schema: Schema, ui: JsonObject): FieldKind {
  const widget = ui['ui:widget'];
  const type = schemaType(schema);
  const s = isObject(schema) ? schema : {};
  if (type === 'object') return 'object';
  if (type === 'array') return choicesOf(asObject(s.items)) ? 'multi-choice' : 'array';
  if (widget === 'admin-unit') return 'admin-unit';
  if (type === 'boolean' && s.const === true) return 'confirm';
  if (choicesOf(schema)) return 'choice';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (widget === 'date' || s.format === 'date') return 'date';
  if (widget === 'id-number' || s.pattern === ID_NUMBER) return 'id-number';
  if (widget === 'phone') return 'phone';
  if (s.format === 'email') return 'email';
  if (widget === 'textarea') return 'textarea';
  return 'text';
}

function requiredKey(kind: FieldKind): MessageKey {
  switch (kind) {
    case 'choice':
    case 'boolean':
    case 'admin-unit':
    case 'multi-choice':
      return 'eform.error.choose';
    case 'confirm':
      return 'eform.error.confirm';
    case 'date':
      return 'eform.error.dateRequired';
    case 'id-number':
      return 'eform.error.idNumberRequired';
    case 'phone':
      return 'eform.error.phoneRequired';
    case 'object':
      return 'eform.error.section';
    case 'array':
      return 'eform.error.list';
    case 'number':
    case 'integer':
    case 'email':
    case 'textarea':
    case 'text':
      return 'eform.error.required';
  }
}

function formatKey(kind: FieldKind): MessageKey {
  if (kind === 'date') return 'eform.error.date';
  if (kind === 'id-number') return 'eform.error.idNumber';
  if (kind === 'phone') return 'eform.error.phone';
  if (kind === 'email') return 'eform.error.email';
  return 'eform.error.pattern';
}

function fallbackMessage(error: SchemaError, kind: FieldKind, t: Translate): string {
  const n = typeof error.params.limit === 'number' ? error.params.limit : 0;
  switch (error.keyword) {
    case 'required':
      return t(requiredKey(kind));
    case 'pattern':
    case 'format':
      return t(formatKey(kind));
    case 'minLength':
      return n <= 1 ? t(requiredKey(kind)) : t('eform.error.minLength', { n });
    case 'maxLength':
      return t('eform.error.maxLength', { n });
    case 'minimum':
      return t('eform.error.minimum', { n });
    case 'maximum':
      return t('eform.error.maximum', { n });
    case 'exclusiveMinimum':
      return t('eform.error.exclusiveMinimum', { n });
    case 'type':
      return t(
        kind === 'integer' ? 'eform.error.integer' : kind === 'number' ? 'eform.error.number' : 'eform.error.invalid',
      );
    case 'const':
      return t(kind === 'confirm' ? 'eform.error.confirm' : 'eform.error.choose');
    case 'enum':
    case 'oneOf':
    case 'anyOf':
      return t('eform.error.choose');
    case 'minItems':
      return t('eform.error.minItems', { n });
    case 'maxItems':
      return t('eform.error.maxItems', { n });
    case 'uniqueItems':
      return t('eform.error.uniqueItems');
    case 'additionalProperties':
      return t('eform.error.unknownField');
    default:
      return t('eform.error.invalid');
  }
}

export interface MessageContext {
  schema: Schema;
  uiSchema: JsonObject;
  lang: Lang;
  t: Translate;
}

/**
 * The sentence shown under a field for a validation error: the form's own `ui:errorMessages`
 * (written in Vietnamese by the procedure's author) when the app is in Vietnamese, else ours.
 */
export function errorMessage(error: SchemaError, context: MessageContext): string {
  const path = fromPointer(error.pointer);
  const ui = uiAt(context.uiSchema, path);
  const own = asObject(ui['ui:errorMessages'])[error.keyword];
  if (context.lang === 'vi' && typeof own === 'string') return own;
  const schema = schemaAt(context.schema, path) ?? true;
  return fallbackMessage(error, fieldKind(schema, ui), context.t);
}

/** One message per field (the first error found), keyed by JSON pointer. */
export function errorsByPointer(errors: readonly SchemaError[], context: MessageContext): Map<string, string> {
  const messages = new Map<string, string>();
  for (const error of errors) {
    if (!messages.has(error.pointer)) messages.set(error.pointer, errorMessage(error, context));
  }
  return messages;
}
