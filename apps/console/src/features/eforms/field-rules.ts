import type { Rule } from 'antd/es/form';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { errorMessage, optionsOf, stringOf, typeOf, type JsonSchema, type RequiredWhen } from './schema.ts';
import { isBlank } from './schema-values.ts';

export type NamePath = (string | number)[];

/** The nearest enclosing section the schema does not require: its full path and its schema. */
export interface OptionalSection {
  path: NamePath;
  schema: JsonSchema;
}

export interface RuleProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  /** The path of the enclosing object, to read the fields an `if/then` rule looks at. */
  parent: NamePath;
  required: boolean;
  conditions: RequiredWhen[];
  section: OptionalSection | undefined;
}

type GetFieldValue = (name: NamePath) => unknown;

function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * The field's required rule. Inside a section the schema does not require, the field is asked for
 * only once something in that section has been filled: an untouched optional section is left out
 * of the submission, as the citizen app leaves it out.
 */
function requiredRule(section: OptionalSection | undefined, isText: boolean, message: string): Rule {
  if (section === undefined) {
    // Only text can be blank; `whitespace` would make the validator expect a string of every field.
    return isText ? { required: true, whitespace: true, message } : { required: true, message };
  }
  return ({ getFieldValue }) => ({
    validator: async (_, value: unknown) => {
      if (isBlank(section.schema, (getFieldValue as GetFieldValue)(section.path))) return;
      if (isMissing(value)) throw new Error(message);
    },
  });
}

export function useRules({ schema, uiSchema, parent, required, conditions, section }: RuleProps): Rule[] {
  const { t } = useI18n();
  const requiredText = errorMessage(uiSchema, 'required') ?? t('eform.required');
  const rules: Rule[] = [];
  const isText = typeOf(schema) === 'string' && schema['format'] !== 'date' && optionsOf(schema) === undefined;
  if (required) rules.push(requiredRule(section, isText, requiredText));
  if (conditions.length > 0) {
    rules.push(({ getFieldValue }) => ({
      validator: async (_, value: unknown) => {
        const applies = conditions.some((c) => c.values.includes(getFieldValue([...parent, c.field])));
        if (applies && (value === undefined || value === null || value === '')) throw new Error(requiredText);
      },
    }));
  }
  const pattern = stringOf(schema, 'pattern');
  if (pattern !== undefined) {
    rules.push({ pattern: new RegExp(pattern), message: errorMessage(uiSchema, 'pattern') ?? t('eform.pattern') });
  }
  if (schema['format'] === 'email') rules.push({ type: 'email', message: t('eform.email') });
  if (schema['const'] === true) {
    rules.push(({ getFieldValue }) => ({
      validator: async (_, value: unknown) => {
        if (section !== undefined && isBlank(section.schema, (getFieldValue as GetFieldValue)(section.path))) return;
        // A box never ticked is the required rule's to report, once.
        if (required && isMissing(value)) return;
        if (value !== true) throw new Error(requiredText);
      },
    }));
  }
  return rules;
}
