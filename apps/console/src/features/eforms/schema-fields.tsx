import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactElement, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Translate } from '../../i18n/translate.ts';
import {
  asSchema,
  conditionalRequirements,
  errorMessage,
  numberOf,
  optionsOf,
  orderedProperties,
  requiredOf,
  stringOf,
  typeOf,
  type JsonSchema,
  type RequiredWhen,
} from './schema.ts';
import './eforms.css';

export type NamePath = (string | number)[];

interface FieldProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  name: NamePath;
  /** The path of the enclosing object, to read the fields an `if/then` rule looks at. */
  parent: NamePath;
  required: boolean;
  conditions: RequiredWhen[];
}

function useRules({ schema, uiSchema, parent, required, conditions }: FieldProps): Rule[] {
  const { t } = useI18n();
  const requiredText = errorMessage(uiSchema, 'required') ?? t('eform.required');
  const rules: Rule[] = [];
  const isText = typeOf(schema) === 'string' && schema['format'] !== 'date' && optionsOf(schema) === undefined;
  // Only text can be blank; `whitespace` would make the validator expect a string of every field.
  if (required)
    rules.push(
      isText ? { required: true, whitespace: true, message: requiredText } : { required: true, message: requiredText },
    );
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
    rules.push({
      validator: async (_, value: unknown) => {
        if (value !== true) throw new Error(requiredText);
      },
    });
  }
  return rules;
}

/**
 * The input for one field, returned as an element (not a component of its own) so that the
 * enclosing Form.Item hands its value, onChange and id straight to the antd input.
 */
function control(schema: JsonSchema, uiSchema: JsonSchema, label: string, t: Translate): ReactElement {
  const options = optionsOf(schema);
  const type = typeOf(schema);
  if (options && options.length <= 4) return <Radio.Group options={options} aria-label={label} />;
  if (options) return <Select options={options} aria-label={label} showSearch={{ optionFilterProp: 'label' }} />;
  if (type === 'boolean') {
    const yesNo = [
      { value: true, label: t('common.yes') },
      { value: false, label: t('common.no') },
    ];
    return <Radio.Group aria-label={label} options={yesNo} />;
  }
  if (type === 'integer' || type === 'number') {
    return (
      <InputNumber
        aria-label={label}
        min={numberOf(schema, 'minimum')}
        max={numberOf(schema, 'maximum')}
        precision={type === 'integer' ? 0 : undefined}
      />
    );
  }
  if (schema['format'] === 'date') {
    return (
      <DatePicker
        format="DD/MM/YYYY"
        placeholder={stringOf(uiSchema, 'ui:placeholder') ?? 'dd/mm/yyyy'}
        aria-label={label}
      />
    );
  }
  if (type === 'array') return <Select mode="tags" open={false} aria-label={label} />;
  const placeholder = stringOf(uiSchema, 'ui:placeholder');
  const maxLength = numberOf(schema, 'maxLength');
  if (stringOf(uiSchema, 'ui:widget') === 'textarea') {
    return <Input.TextArea rows={3} placeholder={placeholder} maxLength={maxLength} />;
  }
  const inputType = schema['format'] === 'email' ? 'email' : 'text';
  return <Input placeholder={placeholder} maxLength={maxLength} type={inputType} />;
}

function LeafField(props: FieldProps) {
  const { t } = useI18n();
  const { schema, uiSchema, name } = props;
  const rules = useRules(props);
  const label = stringOf(schema, 'title') ?? String(name.at(-1));
  const help = stringOf(uiSchema, 'ui:help') ?? stringOf(schema, 'description');
  if (schema['const'] === true) {
    return (
      <Form.Item name={name} valuePropName="checked" rules={rules} extra={help}>
        <Checkbox>{label}</Checkbox>
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name={name}
      label={label}
      rules={rules}
      extra={help}
      required={props.required || props.conditions.length > 0}
    >
      {control(schema, uiSchema, label, t)}
    </Form.Item>
  );
}

function ObjectList({ schema, uiSchema, name }: { schema: JsonSchema; uiSchema: JsonSchema; name: NamePath }) {
  const { t } = useI18n();
  const items = asSchema(schema['items']);
  const title = stringOf(schema, 'title') ?? String(name.at(-1));
  return (
    <fieldset className="eform__group">
      <legend>{title}</legend>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="eform__item">
                <ObjectFields
                  schema={items}
                  uiSchema={asSchema(uiSchema['items'])}
                  name={[field.name]}
                  listPrefix={name}
                />
                <Button size="small" danger onClick={() => remove(field.name)}>
                  {t('eform.removeItem', { n: index + 1 })}
                </Button>
              </div>
            ))}
            <Button size="small" onClick={() => add({})}>
              {t('eform.addItem', { title: stringOf(items, 'title') ?? title })}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

/**
 * A section the schema requires only under a condition (`if/then`): shown while the condition holds,
 * so its fields are neither asked for nor validated otherwise.
 */
function ShownWhen({
  parent,
  conditions,
  children,
}: {
  parent: NamePath;
  conditions: readonly RequiredWhen[];
  children: ReactNode;
}) {
  const form = Form.useFormInstance();
  // Undefined until the form has rendered once, whatever the selector's type says.
  const values = Form.useWatch((all: unknown) => conditions.map((c) => valueAt(all, [...parent, c.field])), form) as
    unknown[] | undefined;
  const shown = conditions.some((c, i) => c.values.includes(values?.[i]));
  return shown ? <>{children}</> : null;
}

function valueAt(value: unknown, path: NamePath): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

interface ObjectFieldsProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  name: NamePath;
  /** Inside a Form.List, names are relative to the list; rules still need the full path. */
  listPrefix?: NamePath;
}

/** The fields of one object of the schema, in the UI schema's order; nested objects become fieldsets. */
export function ObjectFields({ schema, uiSchema, name, listPrefix = [] }: ObjectFieldsProps) {
  const properties = asSchema(schema['properties']);
  const required = requiredOf(schema);
  const conditions = conditionalRequirements(schema);
  return (
    <>
      {orderedProperties(schema, uiSchema).map((key) => {
        const child = asSchema(properties[key]);
        const childUi = asSchema(uiSchema[key]);
        const path = [...name, key];
        if (stringOf(childUi, 'ui:widget') === 'hidden') return null;
        if (typeOf(child) === 'object') {
          const when = conditions.get(key) ?? [];
          const section = (
            <fieldset key={key} className="eform__group">
              <legend>{stringOf(child, 'title') ?? key}</legend>
              {stringOf(child, 'description') && (
                <Typography.Paragraph type="secondary">{stringOf(child, 'description')}</Typography.Paragraph>
              )}
              <ObjectFields schema={child} uiSchema={childUi} name={path} listPrefix={listPrefix} />
            </fieldset>
          );
          return when.length === 0 ? (
            section
          ) : (
            <ShownWhen key={key} parent={[...listPrefix, ...name]} conditions={when}>
              {section}
            </ShownWhen>
          );
        }
        if (typeOf(child) === 'array' && typeOf(asSchema(child['items'])) === 'object') {
          return <ObjectList key={key} schema={child} uiSchema={childUi} name={path} />;
        }
        return (
          <LeafField
            key={key}
            schema={child}
            uiSchema={childUi}
            name={path}
            parent={[...listPrefix, ...name]}
            required={required.includes(key)}
            conditions={conditions.get(key) ?? []}
          />
        );
      })}
    </>
  );
}
