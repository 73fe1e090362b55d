import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Translate } from '../../i18n/translate.ts';
import { filterByFoldedLabel } from '../../lib/fold-text.ts';
import { AdminUnitSelect } from './admin-unit-select.tsx';
import { useRules, type NamePath, type OptionalSection, type RuleProps } from './field-rules.ts';
import {
  adminUnitOf,
  asSchema,
  conditionalRequirements,
  dependentsOf,
  numberOf,
  optionsOf,
  orderedProperties,
  requiredOf,
  stringOf,
  typeOf,
  valueAt,
  type JsonSchema,
  type RequiredWhen,
} from './schema.ts';
import { isBlank } from './schema-values.ts';
import './eforms.css';

export type { NamePath };

interface FieldProps extends RuleProps {
  name: NamePath;
  /** The UI schema of the enclosing object: which siblings follow this field (communes of a province). */
  parentUi: JsonSchema;
}

/**
 * The input for one field, returned as an element (not a component of its own) so that the
 * enclosing Form.Item hands its value, onChange and id straight to the antd input.
 */
function control(schema: JsonSchema, uiSchema: JsonSchema, label: string, t: Translate): ReactElement {
  const options = optionsOf(schema);
  const type = typeOf(schema);
  if (options && options.length <= 4) return <Radio.Group options={options} aria-label={label} />;
  if (options) {
    return <Select options={options} aria-label={label} showSearch={{ filterOption: filterByFoldedLabel }} />;
  }
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
  const { schema, uiSchema, name, parent, parentUi } = props;
  const rules = useRules(props);
  const label = stringOf(schema, 'title') ?? String(name.at(-1));
  const unitWidget = adminUnitOf(uiSchema);
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
      {unitWidget ? (
        <AdminUnitSelect
          widget={unitWidget}
          uiSchema={uiSchema}
          label={label}
          parent={parent}
          dependents={dependentsOf(parentUi, String(name.at(-1))).map((key) => [...parent, key])}
        />
      ) : (
        control(schema, uiSchema, label, t)
      )}
    </Form.Item>
  );
}

interface ObjectListProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  name: NamePath;
  section: OptionalSection | undefined;
}

function ObjectList({ schema, uiSchema, name, section }: ObjectListProps) {
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
                  section={section}
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

/**
 * A section the schema does not require: while nothing in it is filled, its fields are not asked
 * for, and errors shown from an earlier attempt go away once it is emptied again.
 */
function OptionalSectionGuard({ section, children }: { section: OptionalSection; children: ReactNode }) {
  const form = Form.useFormInstance();
  // Undefined until the form has rendered once, whatever the selector's type says.
  const blank = Form.useWatch((all: unknown) => isBlank(section.schema, valueAt(all, section.path)), form) as
    boolean | undefined;
  const { path } = section;
  useEffect(() => {
    if (blank !== true) return;
    const inside = (name: NamePath) => path.every((part, i) => name[i] === part);
    const stale = form.getFieldsError().filter((field) => field.errors.length > 0 && inside(field.name));
    if (stale.length > 0) form.setFields(stale.map((field) => ({ name: field.name, errors: [] })));
  }, [blank, form, path]);
  return <>{children}</>;
}

interface ObjectFieldsProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  name: NamePath;
  /** Inside a Form.List, names are relative to the list; rules still need the full path. */
  listPrefix?: NamePath;
  /** The nearest enclosing section the schema does not require, if any. */
  section?: OptionalSection | undefined;
}

interface SectionProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  name: NamePath;
  listPrefix: NamePath;
  /** Required by the enclosing object, always or under a condition. */
  required: boolean;
  /** The nearest optional section around this one. */
  section: OptionalSection | undefined;
}

/** A nested object as a fieldset; one the schema does not require starts a new optional section. */
function Section({ schema, uiSchema, name, listPrefix, required, section }: SectionProps) {
  const { t } = useI18n();
  const own = required ? undefined : { path: [...listPrefix, ...name], schema };
  const description = stringOf(schema, 'description');
  const fieldset = (
    <fieldset className="eform__group">
      <legend>{stringOf(schema, 'title') ?? String(name.at(-1))}</legend>
      {!required && <Typography.Paragraph type="secondary">{t('eform.optionalSection')}</Typography.Paragraph>}
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      <ObjectFields schema={schema} uiSchema={uiSchema} name={name} listPrefix={listPrefix} section={own ?? section} />
    </fieldset>
  );
  return own === undefined ? fieldset : <OptionalSectionGuard section={own}>{fieldset}</OptionalSectionGuard>;
}

/** The fields of one object of the schema, in the UI schema's order; nested objects become fieldsets. */
export function ObjectFields({ schema, uiSchema, name, listPrefix = [], section }: ObjectFieldsProps) {
  const properties = asSchema(schema['properties']);
  const required = requiredOf(schema);
  const conditions = conditionalRequirements(schema);
  const parent = [...listPrefix, ...name];
  return (
    <>
      {orderedProperties(schema, uiSchema).map((key) => {
        const child = asSchema(properties[key]);
        const childUi = asSchema(uiSchema[key]);
        const path = [...name, key];
        const when = conditions.get(key) ?? [];
        if (stringOf(childUi, 'ui:widget') === 'hidden') return null;
        if (typeOf(child) === 'object') {
          const props = { schema: child, uiSchema: childUi, name: path, listPrefix, section };
          if (when.length === 0) return <Section key={key} {...props} required={required.includes(key)} />;
          return (
            <ShownWhen key={key} parent={parent} conditions={when}>
              <Section {...props} required />
            </ShownWhen>
          );
        }
        if (typeOf(child) === 'array' && typeOf(asSchema(child['items'])) === 'object') {
          return <ObjectList key={key} schema={child} uiSchema={childUi} name={path} section={section} />;
        }
        return (
          <LeafField
            key={key}
            schema={child}
            uiSchema={childUi}
            name={path}
            parent={parent}
            parentUi={uiSchema}
            required={required.includes(key)}
            conditions={when}
            section={section}
          />
        );
      })}
    </>
  );
}
