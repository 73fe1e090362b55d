import { Button, Form, Select, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { filterByFoldedLabel } from '../../lib/fold-text.ts';
import { useAdminUnits } from './queries.ts';
import { stringOf, valueAt, type AdminUnitWidget, type JsonSchema } from './schema.ts';

type NamePath = (string | number)[];

interface AdminUnitSelectProps {
  widget: AdminUnitWidget;
  uiSchema: JsonSchema;
  label: string;
  /** The full path of the enclosing object, where the province of a commune list is read. */
  parent: NamePath;
  /** The full paths of the fields whose list follows this one: cleared when it changes. */
  dependents: readonly NamePath[];
  /** Set by the enclosing Form.Item. */
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
}

function isCode(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * A province or commune picked by name, searched with or without tone marks; the form keeps the
 * code. A commune list follows the province chosen in its sibling, and waits until there is one.
 */
export function AdminUnitSelect(props: AdminUnitSelectProps) {
  const { widget, uiSchema, label, parent, dependents, id, value, onChange } = props;
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const parentField = widget.parentField;
  const province: unknown = Form.useWatch(
    (all: unknown) => (parentField === undefined ? undefined : valueAt(all, [...parent, parentField])),
    form,
  );
  const listParent = widget.level === 'province' ? null : isCode(province) ? province : undefined;
  const units = useAdminUnits(listParent);
  const waiting = listParent === undefined;
  const options = (units.data ?? []).map((unit) => ({ value: unit.code, label: unit.name }));
  if (isCode(value) && !options.some((option) => option.value === value)) options.unshift({ value, label: value });
  const placeholder = waiting
    ? t('eform.chooseProvinceFirst')
    : (stringOf(uiSchema, 'ui:placeholder') ?? t('eform.choose'));
  return (
    <>
      <Select<string>
        id={id}
        value={isCode(value) ? value : undefined}
        onChange={(next: string | undefined) => {
          if (next === value) return;
          onChange?.(next);
          for (const path of dependents) form.setFieldValue(path, undefined);
        }}
        options={options}
        aria-label={label}
        placeholder={placeholder}
        disabled={waiting}
        loading={units.isFetching}
        status={units.isError ? 'error' : undefined}
        allowClear
        showSearch={{ filterOption: filterByFoldedLabel }}
      />
      {units.isError && (
        <Typography.Text type="danger" role="alert" className="eform__unit-error">
          {t('eform.optionsFailed')}{' '}
          <Button size="small" type="link" onClick={() => void units.refetch()}>
            {t('error.retry')}
          </Button>
        </Typography.Text>
      )}
    </>
  );
}
