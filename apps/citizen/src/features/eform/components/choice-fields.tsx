import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { fieldId, useEForm, type FieldProps } from '../eform-context.ts';
import { valueAt } from '../form-data.ts';
import { choicesOf, type Choice } from '../schema.ts';
import { FieldError, FieldFrame, GroupFrame, RequiredMark, useFieldMeta } from './field-frame.tsx';

function optionKey(choice: Choice): string {
  return `${typeof choice.value}:${String(choice.value)}`;
}

/**
 * One answer out of a list: radio buttons when the form asks for them (or the list is short),
 * else a native select, which phones show as their own accessible picker.
 */
export function ChoiceField({ schema, ui, path, required }: FieldProps) {
  const { t } = useI18n();
  const { value, setValue, touch, idPrefix } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const choices = choicesOf(schema) ?? [];
  const current = valueAt(value, path);
  const widget = ui['ui:widget'];
  const asRadios = widget === 'radio' || (widget !== 'select' && choices.length <= 3);

  if (asRadios) {
    const name = fieldId(idPrefix, path);
    return (
      <GroupFrame meta={meta}>
        <div className="ef-options">
          {choices.map((choice, index) => {
            const id = `${name}-${String(index)}`;
            return (
              <label key={optionKey(choice)} htmlFor={id} className="ef-option">
                <input
                  id={id}
                  type="radio"
                  name={name}
                  checked={current === choice.value}
                  aria-invalid={meta.error ? true : undefined}
                  onChange={() => setValue(path, choice.value)}
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

  const selected = choices.findIndex((choice) => choice.value === current);
  return (
    <FieldFrame meta={meta}>
      <select
        id={meta.id}
        className="ef-input ef-select"
        value={selected === -1 ? '' : String(selected)}
        aria-invalid={meta.error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={meta.describedBy}
        onChange={(event) => {
          const choice = choices[Number(event.target.value)];
          setValue(path, event.target.value === '' || !choice ? undefined : choice.value);
        }}
        onBlur={() => touch(path)}
      >
        <option value="">{meta.placeholder ?? t('eform.choose')}</option>
        {choices.map((choice, index) => (
          <option key={optionKey(choice)} value={String(index)}>
            {choice.title}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A tick box that must be ticked (`const: true`): a commitment, a consent. */
export function ConfirmField({ schema, ui, path, required }: FieldProps) {
  const { value, setValue, touch } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const checked = valueAt(value, path) === true;
  return (
    <div className={meta.error ? 'ef-field ef-field--invalid' : 'ef-field'}>
      <FieldError meta={meta} />
      <label htmlFor={meta.id} className="ef-option ef-option--confirm">
        <input
          id={meta.id}
          type="checkbox"
          checked={checked}
          aria-invalid={meta.error ? true : undefined}
          aria-describedby={meta.describedBy}
          onChange={(event) => setValue(path, event.target.checked ? true : undefined)}
          onBlur={() => touch(path)}
        />
        <span>
          {meta.label}
          <RequiredMark required={required} />
        </span>
      </label>
      {meta.help && (
        <p id={`${meta.id}-help`} className="ef-help">
          {meta.help}
        </p>
      )}
    </div>
  );
}

/** A yes/no question without listed answers: a tick box meaning yes. */
export function BooleanField({ schema, ui, path, required }: FieldProps) {
  const { value, setValue, touch } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  return (
    <div className="ef-field">
      <FieldError meta={meta} />
      <label htmlFor={meta.id} className="ef-option">
        <input
          id={meta.id}
          type="checkbox"
          checked={valueAt(value, path) === true}
          aria-describedby={meta.describedBy}
          onChange={(event) => setValue(path, event.target.checked)}
          onBlur={() => touch(path)}
        />
        <span>{meta.label}</span>
      </label>
    </div>
  );
}
