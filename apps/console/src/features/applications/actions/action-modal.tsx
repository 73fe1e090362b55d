import { actionLabel } from '@motcua/workflow';
import { Alert, Button, Form, Input, Modal, Result, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { printPdf } from '../../../lib/print-pdf.ts';
import { useOfficer } from '../../auth/session.ts';
import { useProcedureDetail } from '../../procedures/queries.ts';
import { formPdfUrl } from '../api.ts';
import type { DossierDetail } from '../types.ts';
import { actionBody, type ActionFormValues } from './action-body.ts';
import { actionSpecs, type OfficerAction } from './action-config.ts';
import { describeActionError } from './action-error.ts';
import { ActionFieldInputs } from './action-fields.tsx';
import { useDossierAction } from './use-action.ts';

type ModalValues = Omit<ActionFormValues, 'newDueDay'> & { newDueDate?: Dayjs };

interface ActionModalProps {
  dossier: DossierDetail;
  action: OfficerAction;
  onClose: () => void;
  /** Fetch the dossier again (after a conflict). */
  onReload: () => void;
}

function useInitialValues(dossier: DossierDetail, action: OfficerAction): ModalValues {
  const officer = useOfficer();
  const procedure = useProcedureDetail(action === 'request_payment' ? dossier.procedure.code : null);
  switch (action) {
    case 'assign':
      return officer ? { officerId: officer.id } : {};
    case 'complete':
      return { returnToUnitId: dossier.unit.id };
    case 'return_result':
      return { originalsChecked: false, feeCollected: dossier.fee && !dossier.fee.paid ? dossier.fee.amount : 0 };
    case 'request_payment': {
      const amount = dossier.fee?.amount ?? procedure.data?.fee.amount ?? 0;
      return amount > 0 ? { amount } : {};
    }
    case 'accept':
    case 'refuse':
    case 'request_supplement':
    case 'receive_supplement':
    case 'start_processing':
    case 'transfer':
    case 'submit_for_approval':
    case 'approve':
    case 'confirm_payment':
    case 'reschedule':
    case 'stop':
      return {};
  }
}

function ErrorAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useI18n();
  const view = describeActionError(error);
  return (
    <Alert
      type={view.conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      className="action__alert"
      title={t(view.message)}
      description={view.conflict ? undefined : view.detail}
      action={
        view.conflict ? (
          <Button size="small" type="primary" onClick={onReload}>
            {t('action.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** The form of one workflow action: its own fields, its reason, the server's answer (409 included). */
export function ActionModal({ dossier, action, onClose, onReload }: ActionModalProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<ModalValues>();
  const mutation = useDossierAction(dossier.code);
  const spec = actionSpecs[action];
  const initialValues = useInitialValues(dossier, action);
  const title = actionLabel(action, lang);
  const done = mutation.isSuccess;

  const submit = (values: ModalValues) => {
    const { newDueDate, ...rest } = values;
    const body = actionBody(
      action,
      { ...rest, ...(newDueDate && { newDueDay: newDueDate.format('YYYY-MM-DD') }) },
      dossier.revision,
    );
    mutation.mutate({ action, body });
  };

  const footer = done ? (
    <Space>
      {spec.issues && (
        <Button type="primary" onClick={() => printPdf(formPdfUrl(dossier.code, spec.issues ?? 'receipt'))}>
          {t(`action.print.${spec.issues}`)}
        </Button>
      )}
      <Button onClick={onClose}>{t('action.close')}</Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={onClose}>{t('action.cancel')}</Button>
      <Button type="primary" danger={spec.danger} loading={mutation.isPending} onClick={() => form.submit()}>
        {t('action.confirm', { action: title })}
      </Button>
    </Space>
  );

  return (
    <Modal open title={title} onCancel={onClose} footer={footer} destroyOnHidden mask={{ closable: false }} width={600}>
      {done ? (
        <Result status="success" title={t('action.done', { action: title })} subTitle={mutation.data.statusLabel} />
      ) : (
        <>
          {mutation.isError && (
            <ErrorAlert
              error={mutation.error}
              onReload={() => {
                onReload();
                onClose();
              }}
            />
          )}
          <Form<ModalValues>
            form={form}
            layout="vertical"
            aria-label={title}
            initialValues={initialValues}
            disabled={mutation.isPending}
            onFinish={submit}
          >
            {spec.fields.map((field) => (
              <ActionFieldInputs key={field} field={field} dossier={dossier} />
            ))}
            <Form.Item
              name="reason"
              label={t(spec.reasonLabel)}
              rules={
                spec.reason === 'required'
                  ? [{ required: true, whitespace: true, message: t('action.reasonRequired') }]
                  : []
              }
            >
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
