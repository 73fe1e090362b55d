import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { fieldId, useEForm, type FieldProps } from '../eform-context.ts';
import { removeItemAt, valueAt } from '../form-data.ts';
import { asObject, choicesOf, isObject, titleOf, uiOptions, type Schema } from '../schema.ts';
import { GroupFrame, useFieldMeta } from './field-frame.tsx';

/** Several answers out of a list (`type: array` of listed values): tick boxes. */
export function MultiChoiceField({ schema, ui, path, required }: FieldProps) {
  const { value, setValue, touch, idPrefix } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const items = isObject(schema) ? asObject(schema.items) : {};
  const choices = choicesOf(items) ?? [];
  const current = valueAt(value, path);
  const selected = Array.isArray(current) ? current : [];
  const name = fieldId(idPrefix, path);
  return (
    <GroupFrame meta={meta}>
      <div className="ef-options ef-options--grid">
        {choices.map((choice, index) => {
          const id = `${name}-${String(index)}`;
          const checked = selected.includes(choice.value);
          return (
            <label key={String(choice.value)} htmlFor={id} className="ef-option">
              <input
                id={id}
                type="checkbox"
                checked={checked}
                onChange={() => {
                  const next = checked
                    ? selected.filter((v) => v !== choice.value)
                    : choices.map((c) => c.value).filter((v) => v === choice.value || selected.includes(v));
                  setValue(path, next.length === 0 ? undefined : next);
                }}
                onBlur={() => touch(path)}
              />
              <span>{choice.title}</span>
            </label>
          );
        })}
      </div>
    </GroupFrame>
  );
}

/** A list the citizen builds item by item (household members, periods of residence…). */
export function ArrayField({ schema, ui, path, required }: FieldProps) {
  const { t } = useI18n();
  const { value, setValue, Field } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const s = isObject(schema) ? schema : {};
  const itemSchema: Schema = isObject(s.items) || typeof s.items === 'boolean' ? s.items : true;
  const itemUi = asObject(ui.items);
  const current = valueAt(value, path);
  const list: unknown[] = Array.isArray(current) ? (current as unknown[]) : [];
  const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
  const itemTitle = titleOf(itemSchema, meta.label);
  const options = uiOptions(ui);
  const addLabel = typeof options.addButtonLabel === 'string' ? options.addButtonLabel : t('eform.addItem');
  const startValue = isObject(itemSchema) && itemSchema.type === 'object' ? {} : undefined;
  return (
    <GroupFrame meta={meta}>
      <ol className="ef-list">
        {list.map((_, index) => {
          const n = index + 1;
          return (
            // The list only grows at the end and shrinks by a button per item, so indices are stable keys here.
            <li key={index} className="ef-list__item">
              <Field schema={itemSchema} ui={itemUi} path={[...path, index]} required />
              <button
                type="button"
                className="text-button ef-list__remove"
                aria-label={t('eform.removeItemNamed', { title: itemTitle, n })}
                onClick={() => setValue([], removeItemAt(value, path, index))}
              >
                {t('eform.removeItem', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        size="small"
        htmlType="button"
        disabled={list.length >= max}
        onClick={() => setValue(path, [...list, startValue])}
      >
        + {addLabel}
      </Button>
    </GroupFrame>
  );
}
