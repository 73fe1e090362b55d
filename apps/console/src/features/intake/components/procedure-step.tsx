import { Alert, Button, Form, Radio, Select, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { useOfficer } from '../../auth/session.ts';
import { ProcedureSelect } from '../../procedures/components/procedure-select.tsx';
import { useProcedureDetail } from '../../procedures/queries.ts';
import { receivingUnitEids, type ProcedureDetail } from '../../procedures/types.ts';
import { keepEnterInField } from '../keep-enter-in-field.ts';

export interface ProcedureChoice {
  procedureCode?: string;
  caseKey?: string;
  unitEid?: string;
}

/** The desks where this officer takes dossiers in and that receive the procedure. */
function useDeskOptions(procedure: ProcedureDetail | undefined) {
  const officer = useOfficer();
  const desks = (officer?.roles ?? []).filter((grant) => grant.role === 'intake');
  const eids = procedure ? receivingUnitEids(procedure) : [];
  const eligible = eids.length > 0 ? desks.filter((grant) => eids.includes(grant.unitEid)) : desks;
  return (eligible.length > 0 ? eligible : desks).map((grant) => ({ value: grant.unitEid, label: grant.unitName }));
}

interface ProcedureStepProps {
  value: ProcedureChoice;
  onNext: (choice: Required<ProcedureChoice>, procedure: ProcedureDetail) => void;
}

/** Step 1: which procedure, which case (trường hợp) of it, and at which desk. */
export function ProcedureStep({ value, onNext }: ProcedureStepProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<ProcedureChoice>();
  const code = Form.useWatch('procedureCode', form) ?? value.procedureCode;
  const detail = useProcedureDetail(code ?? null);
  const desks = useDeskOptions(detail.data);
  const cases = detail.data?.cases ?? [];

  useEffect(() => {
    if (!detail.data) return;
    const currentCase = form.getFieldValue('caseKey') as string | undefined;
    if (!cases.some((item) => item.key === currentCase)) form.setFieldValue('caseKey', cases[0]?.key);
    const currentDesk = form.getFieldValue('unitEid') as string | undefined;
    if (!desks.some((desk) => desk.value === currentDesk)) form.setFieldValue('unitEid', desks[0]?.value);
  }, [detail.data, cases, desks, form]);

  return (
    <Form<ProcedureChoice>
      form={form}
      layout="vertical"
      aria-label={t('intake.step.procedure')}
      initialValues={value}
      onKeyDown={keepEnterInField}
      onFinish={(choice) => {
        if (!detail.data || !choice.procedureCode || !choice.caseKey || !choice.unitEid) return;
        onNext({ procedureCode: choice.procedureCode, caseKey: choice.caseKey, unitEid: choice.unitEid }, detail.data);
      }}
    >
      <Form.Item
        name="procedureCode"
        label={t('intake.procedure')}
        rules={[{ required: true, message: t('intake.procedureRequired') }]}
      >
        <ProcedureSelect
          ariaLabel={t('intake.procedure')}
          placeholder={t('intake.procedurePlaceholder')}
          allowClear={false}
        />
      </Form.Item>
      {code && detail.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {detail.isError && <Alert type="error" showIcon title={t(errorMessageKey(detail.error))} />}
      {detail.data && (
        <>
          <Form.Item
            name="caseKey"
            label={t('intake.case')}
            rules={[{ required: true, message: t('intake.caseRequired') }]}
          >
            <Radio.Group
              className="intake__cases"
              options={cases.map((item) => ({ value: item.key, label: item.name }))}
            />
          </Form.Item>
          <Form.Item
            name="unitEid"
            label={t('intake.desk')}
            rules={[{ required: true, message: t('intake.deskRequired') }]}
          >
            <Select aria-label={t('intake.desk')} options={desks} />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" disabled={!detail.data}>
        {t('intake.next')}
      </Button>
    </Form>
  );
}
