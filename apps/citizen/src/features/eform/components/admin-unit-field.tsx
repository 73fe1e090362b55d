import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useAdminUnits } from '../admin-units.ts';
import { useEForm, type FieldProps } from '../eform-context.ts';
import { valueAt } from '../form-data.ts';
import { asObject, uiOptions } from '../schema.ts';
import { FieldFrame, useFieldMeta } from './field-frame.tsx';

/**
 * Province or commune by code (`ui:widget: admin-unit`). A commune list follows the province
 * chosen in the sibling named by `ui:options.parentField`; changing the province clears the
 * communes that depended on it.
 */
export function AdminUnitField({ schema, ui, path, required, parentUi = {} }: FieldProps) {
  const { t } = useI18n();
  const { value, setValue, touch } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const options = uiOptions(ui);
  const parentField = typeof options.parentField === 'string' ? options.parentField : null;
  const objectPath = path.slice(0, -1);
  const siblings = asObject(valueAt(value, objectPath));
  const parentValue = parentField === null ? null : siblings[parentField];
  const parent = typeof parentValue === 'string' && parentValue !== '' ? parentValue : null;
  const waitsForParent = parentField !== null && parent === null;
  const units = useAdminUnits(parent, !waitsForParent);
  const current = valueAt(value, path);
  const code = typeof current === 'string' ? current : '';
  const key = path[path.length - 1];

  const choose = (next: string) => {
    if (typeof key !== 'string') return;
    // Units chosen under the previous value no longer belong.
    const dependents = new Set(
      Object.entries(parentUi)
        .filter(([, siblingUi]) => uiOptions(asObject(siblingUi)).parentField === key)
        .map(([sibling]) => sibling),
    );
    const kept = Object.entries(siblings).filter(([name]) => name !== key && !dependents.has(name));
    setValue(objectPath, Object.fromEntries(next === '' ? kept : [...kept, [key, next]]));
  };

  const items = units.status === 'success' ? units.items : [];
  const known = items.some((unit) => unit.code === code);
  const placeholder = waitsForParent
    ? t('eform.chooseParentFirst')
    : units.status === 'loading'
      ? t('eform.loadingOptions')
      : (meta.placeholder ?? t('eform.choose'));
  return (
    <FieldFrame meta={meta}>
      <select
        id={meta.id}
        className="ef-input ef-select"
        value={code}
        disabled={waitsForParent}
        aria-invalid={meta.error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={meta.describedBy}
        aria-busy={units.status === 'loading' || undefined}
        onChange={(event) => choose(event.target.value)}
        onBlur={() => touch(path)}
      >
        <option value="">{placeholder}</option>
        {code !== '' && !known && <option value={code}>{code}</option>}
        {items.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.name}
          </option>
        ))}
      </select>
      {units.status === 'error' && (
        <div className="ef-inline-error" role="alert">
          <span>{t('eform.optionsFailed')}</span>
          <Button size="small" variant="tertiary" onClick={units.retry}>
            {t('error.retry')}
          </Button>
        </div>
      )}
    </FieldFrame>
  );
}
