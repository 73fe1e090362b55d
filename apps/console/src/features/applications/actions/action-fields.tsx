import { Checkbox, DatePicker, Form, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { filterByFoldedLabel } from '../../../lib/fold-text.ts';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useOfficer } from '../../auth/session.ts';
import { useProcedureDetail } from '../../procedures/queries.ts';
import { useUnitProcessors, useUnits } from '../queries.ts';
import type { DossierDetail } from '../types.ts';
import type { ActionField } from './action-config.ts';

const DAY_FORMAT = 'DD/MM/YYYY';

interface MoneyInputProps {
  ariaLabel: string;
  min: number;
  /** Set by the enclosing Form.Item. */
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

/** Money in đồng, grouped the Vietnamese way while typing. */
export function MoneyInput({ ariaLabel, min, id, value, onChange }: MoneyInputProps) {
  return (
    <InputNumber<number>
      id={id}
      value={value}
      onChange={onChange}
      aria-label={ariaLabel}
      min={min}
      step={1000}
      precision={0}
      className="money-input"
      suffix="₫"
      formatter={(value) => String(value ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
      parser={(text) => Number((text ?? '').replace(/[^\d]/g, ''))}
    />
  );
}

function SupplementItems({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const procedure = useProcedureDetail(dossier.procedure.code);
  const cases = procedure.data?.cases ?? [];
  const documents = (cases.find((item) => item.key === dossier.caseKey) ?? cases[0])?.documents ?? [];
  return (
    <>
      <Form.Item name="supplementDocuments" label={t('action.supplementDocuments')}>
        <Checkbox.Group
          className="action__checklist"
          options={documents.map((document) => ({ value: document.name, label: document.name }))}
        />
      </Form.Item>
      <Form.Item
        name="supplementOther"
        label={t('action.supplementOther')}
        extra={t('action.supplementOtherHelp')}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, other: string[] | undefined) => {
              const ticked = (getFieldValue('supplementDocuments') as string[] | undefined) ?? [];
              if (ticked.length + (other ?? []).filter((item) => item.trim() !== '').length === 0) {
                throw new Error(t('action.supplementRequired'));
              }
            },
          }),
        ]}
      >
        <Select mode="tags" open={false} aria-label={t('action.supplementOther')} tokenSeparators={[';', '\n']} />
      </Form.Item>
    </>
  );
}

function UnitSelect({ dossier, name, required }: { dossier: DossierDetail; name: string; required: boolean }) {
  const { t } = useI18n();
  const units = useUnits();
  const label = name === 'toUnitId' ? t('action.targetUnit') : t('action.returnUnit');
  const options = (units.data ?? [])
    .filter((unit) => name !== 'toUnitId' || unit.id !== dossier.currentUnit.id)
    .map((unit) => ({ value: unit.id, label: unit.name }));
  if (name === 'returnToUnitId' && !options.some((option) => option.value === dossier.unit.id)) {
    options.unshift({ value: dossier.unit.id, label: dossier.unit.name });
  }
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: t('action.targetUnitRequired') }] : []}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={label}
        options={options}
        loading={units.isPending}
        allowClear={!required}
      />
    </Form.Item>
  );
}

/**
 * Whom to assign the dossier to: the signed-in officer first, then the processing officers of the
 * unit holding it, by name. If that list cannot be loaded the officer can still take it themself.
 */
function AssigneeField({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const officer = useOfficer();
  const processors = useUnitProcessors(dossier.currentUnit.id);
  const self = officer ? [{ value: officer.id, label: t('action.assignSelf', { name: officer.fullName }) }] : [];
  const colleagues = (processors.data ?? [])
    .filter((item) => item.id !== officer?.id)
    .map((item) => ({ value: item.id, label: item.fullName }));
  return (
    <Form.Item
      name="officerId"
      label={t('action.assignee')}
      rules={[{ required: true, message: t('action.assigneeRequired') }]}
      extra={processors.isError ? t('action.assigneesFailed') : undefined}
    >
      <Select
        aria-label={t('action.assignee')}
        options={[...self, ...colleagues]}
        loading={processors.isFetching}
        showSearch={{ filterOption: filterByFoldedLabel }}
      />
    </Form.Item>
  );
}

function NewDueDate({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const due = dossier.rescheduledDueAt ?? dossier.dueAt;
  const earliest = dayjs(due ?? undefined).isAfter(dayjs()) ? dayjs(due ?? undefined) : dayjs();
  return (
    <Form.Item
      name="newDueDate"
      label={t('action.newDueDate')}
      extra={due ? t('action.currentDue', { date: formatDate(due) }) : undefined}
      rules={[{ required: true, message: t('action.newDueDateRequired') }]}
    >
      <DatePicker
        format={DAY_FORMAT}
        aria-label={t('action.newDueDate')}
        disabledDate={(day: Dayjs) => !day.isAfter(earliest, 'day')}
      />
    </Form.Item>
  );
}

function ReturnChecks({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const fee = dossier.fee;
  return (
    <>
      <Form.Item
        name="originalsChecked"
        valuePropName="checked"
        rules={[
          {
            validator: async (_, checked: boolean | undefined) => {
              if (checked !== true) throw new Error(t('action.originalsRequired'));
            },
          },
        ]}
      >
        <Checkbox>{t('action.originalsChecked')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="feeCollected"
        label={t('action.feeCollected')}
        extra={fee ? t(fee.paid ? 'action.feePaid' : 'action.feeDue', { amount: formatMoney(fee.amount) }) : undefined}
        rules={[{ required: true, message: t('action.feeRequired') }]}
      >
        <MoneyInput ariaLabel={t('action.feeCollected')} min={0} />
      </Form.Item>
    </>
  );
}

/** The inputs one action needs, beyond its reason. */
export function ActionFieldInputs({ field, dossier }: { field: ActionField; dossier: DossierDetail }) {
  const { t } = useI18n();
  switch (field) {
    case 'supplementItems':
      return <SupplementItems dossier={dossier} />;
    case 'targetUnit':
      return <UnitSelect dossier={dossier} name="toUnitId" required />;
    case 'returnUnit':
      return <UnitSelect dossier={dossier} name="returnToUnitId" required={false} />;
    case 'assignee':
      return <AssigneeField dossier={dossier} />;
    case 'amount':
      return (
        <Form.Item
          name="amount"
          label={t('action.amount')}
          rules={[{ required: true, message: t('action.amountRequired') }]}
        >
          <MoneyInput ariaLabel={t('action.amount')} min={1} />
        </Form.Item>
      );
    case 'newDueDate':
      return <NewDueDate dossier={dossier} />;
    case 'returnChecks':
      return (
        <>
          <Typography.Paragraph type="secondary">{t('action.returnHelp')}</Typography.Paragraph>
          <ReturnChecks dossier={dossier} />
        </>
      );
  }
}
