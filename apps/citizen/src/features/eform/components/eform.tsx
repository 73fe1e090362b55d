import { useCallback, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { conditionalKeys, hasAnswer, requiredNow } from '../conditions.ts';
import { EFormContext, useEForm, type EFormContextValue, type FieldProps } from '../eform-context.ts';
import { setValueAt, valueAt, type FormValue } from '../form-data.ts';
import { fieldKind } from '../messages.ts';
import {
  asObject,
  asStringArray,
  isObject,
  orderedKeys,
  resolve,
  titleOf,
  uiChild,
  type JsonObject,
  type Path,
  type Schema,
} from '../schema.ts';
import { AdminUnitField } from './admin-unit-field.tsx';
import { ArrayField, MultiChoiceField } from './array-fields.tsx';
import { BooleanField, ChoiceField, ConfirmField } from './choice-fields.tsx';
import { FieldError, FieldHelp, RequiredMark, useFieldMeta } from './field-frame.tsx';
import { DateField, NumberField, TextField } from './text-fields.tsx';

/** Draws one schema node with the control its kind calls for. */
function Field(props: FieldProps) {
  const { rootSchema } = useEForm();
  const schema = resolve(props.schema, rootSchema);
  const resolved = { ...props, schema };
  const kind = fieldKind(schema, props.ui);
  switch (kind) {
    case 'object':
      return <ObjectField {...resolved} />;
    case 'array':
      return <ArrayField {...resolved} />;
    case 'multi-choice':
      return <MultiChoiceField {...resolved} />;
    case 'choice':
      return <ChoiceField {...resolved} />;
    case 'confirm':
      return <ConfirmField {...resolved} />;
    case 'boolean':
      return <BooleanField {...resolved} />;
    case 'admin-unit':
      return <AdminUnitField {...resolved} />;
    case 'date':
      return <DateField {...resolved} />;
    case 'number':
    case 'integer':
      return <NumberField {...resolved} kind={kind} />;
    case 'id-number':
    case 'phone':
    case 'email':
    case 'textarea':
    case 'text':
      return <TextField {...resolved} kind={kind} />;
  }
}

function NotNeeded({ path }: { path: Path }) {
  const { t } = useI18n();
  const { setValue } = useEForm();
  return (
    <div className="ef-not-needed">
      <p>{t('eform.notNeeded')}</p>
      <button type="button" className="text-button" onClick={() => setValue(path, undefined)}>
        {t('eform.clearSection')}
      </button>
    </div>
  );
}

/** The properties of an object in `ui:order`, conditional ones only while they apply or hold answers. */
function Properties({ schema, ui, path }: { schema: JsonObject; ui: JsonObject; path: Path }) {
  const { value, rootSchema } = useEForm();
  const data = asObject(valueAt(value, path));
  const properties = asObject(schema.properties);
  const required = requiredNow(schema, data, rootSchema);
  const conditional = conditionalKeys(schema);
  const keys = orderedKeys(Object.keys(properties), asStringArray(ui['ui:order']));
  return (
    <>
      {keys.map((key) => {
        const childUi = uiChild(ui, key);
        const childSchema = properties[key];
        if (childUi['ui:widget'] === 'hidden' || (!isObject(childSchema) && typeof childSchema !== 'boolean')) {
          return null;
        }
        const applies = !conditional.has(key) || required.has(key);
        if (!applies && !hasAnswer(data[key])) return null;
        return (
          <div key={key} className="ef-property" data-field={key}>
            {!applies && <NotNeeded path={[...path, key]} />}
            <Field schema={childSchema} ui={childUi} path={[...path, key]} required={required.has(key)} parentUi={ui} />
          </div>
        );
      })}
    </>
  );
}

/** A section of the form (a person, an address), or an item of a list, as a fieldset with its legend. */
function ObjectField({ schema, ui, path, required }: FieldProps) {
  const { t } = useI18n();
  const meta = useFieldMeta(schema, ui, path, required);
  const s = isObject(schema) ? schema : {};
  const index = path[path.length - 1];
  const legend =
    typeof index === 'number' ? t('eform.itemTitle', { title: titleOf(schema, ''), n: index + 1 }) : meta.label;
  return (
    <fieldset
      id={meta.id}
      className={meta.error ? 'ef-section ef-field--invalid' : 'ef-section'}
      aria-describedby={meta.describedBy}
      tabIndex={-1}
    >
      <legend className="ef-section__title">
        {legend}
        {typeof index !== 'number' && <RequiredMark required={required} />}
      </legend>
      <FieldHelp meta={meta} />
      <FieldError meta={meta} />
      <Properties schema={s} ui={ui} path={path} />
    </fieldset>
  );
}

export interface EFormProps {
  schema: Schema;
  uiSchema: JsonObject;
  value: FormValue;
  onChange: (value: FormValue) => void;
  /** Messages to show, by JSON pointer. */
  errors: ReadonlyMap<string, string>;
  onTouch: (pointer: Path) => void;
  idPrefix?: string;
}

/**
 * Renders an e-form from its JSON Schema and UI schema: sections, lists, choices, dates, ID and
 * phone numbers, province/commune pickers and conditional sections. Validation is the caller's
 * (see `use-form-validation.ts`); this only draws answers and the messages it is given.
 */
export function EForm({ schema, uiSchema, value, onChange, errors, onTouch, idPrefix = 'ef' }: EFormProps) {
  const latest = useRef(value);
  latest.current = value;
  const setValue = useCallback(
    (path: Path, next: unknown) => {
      const updated = asObject(setValueAt(latest.current, path, next));
      latest.current = updated;
      onChange(updated);
    },
    [onChange],
  );
  const context = useMemo<EFormContextValue>(
    () => ({ rootSchema: schema, value, errors, setValue, touch: onTouch, idPrefix, Field }),
    [schema, value, errors, setValue, onTouch, idPrefix],
  );
  const root = resolve(schema, schema);
  return (
    <EFormContext.Provider value={context}>
      <div className="ef-root">
        <Properties schema={isObject(root) ? root : {}} ui={uiSchema} path={[]} />
      </div>
    </EFormContext.Provider>
  );
}
