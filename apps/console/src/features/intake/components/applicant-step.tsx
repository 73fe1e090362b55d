import { Button, Form, Input, Space, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ObjectFields } from '../../eforms/schema-fields.tsx';
import { asSchema, type JsonSchema } from '../../eforms/schema.ts';
import type { ProcedureDetail } from '../../procedures/types.ts';
import type { ApplicantValues } from '../walk-in-body.ts';
import { keepEnterInField } from '../keep-enter-in-field.ts';

interface StepValues {
  applicant: ApplicantValues;
  form: Record<string, unknown>;
}

interface ApplicantStepProps {
  procedure: ProcedureDetail;
  applicant: ApplicantValues;
  formValues: Record<string, unknown>;
  /** Goes back, keeping what was typed. */
  onBack: (applicant: ApplicantValues, formValues: Record<string, unknown>) => void;
  onNext: (applicant: ApplicantValues, formValues: Record<string, unknown>) => void;
}

// Applicant (API.md § Filing): a Vietnamese mobile number and, when given, a 12-digit personal ID number.
const PHONE = /^(\+?84|0)(3|5|7|8|9)[0-9]{8}$/;
const ID_NUMBER = /^[0-9]{12}$/;
const COPIED = ['fullName', 'idNumber', 'phone', 'email'] as const;

/** The e-form's own applicant block, if it has one, to fill from what the officer already typed. */
function applicantBlock(schema: JsonSchema | null): JsonSchema | null {
  const block = asSchema(asSchema(schema?.['properties'])['applicant']);
  return Object.keys(block).length > 0 ? block : null;
}

/** Step 2: the applicant, then the procedure's e-form generated from its JSON Schema. */
export function ApplicantStep({ procedure, applicant, formValues, onBack, onNext }: ApplicantStepProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<StepValues>();
  const schema = procedure.form?.schema ?? null;
  const uiSchema = procedure.form?.uiSchema ?? {};
  const block = applicantBlock(schema);
  const blockFields = Object.keys(asSchema(block?.['properties']));

  return (
    <Form<StepValues>
      form={form}
      layout="vertical"
      aria-label={t('intake.step.applicant')}
      initialValues={{ applicant, form: formValues }}
      scrollToFirstError
      onKeyDown={keepEnterInField}
      onValuesChange={(changed: Partial<StepValues>) => {
        for (const key of COPIED) {
          const value = changed.applicant?.[key];
          const target = ['form', 'applicant', key];
          if (value !== undefined && blockFields.includes(key) && !form.isFieldTouched(target)) {
            form.setFieldValue(target, value);
          }
        }
      }}
      onFinish={(values) => {
        onNext(values.applicant, values.form);
      }}
    >
      <fieldset className="eform__group">
        <legend>{t('intake.applicant')}</legend>
        <Form.Item
          name={['applicant', 'fullName']}
          label={t('intake.fullName')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('intake.fullNameRequired') }]}
        >
          <Input autoComplete="off" maxLength={120} />
        </Form.Item>
        <Form.Item
          name={['applicant', 'phone']}
          label={t('intake.phone')}
          rules={[
            { required: true, message: t('intake.phoneRequired') },
            { pattern: PHONE, message: t('intake.phoneFormat') },
          ]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name={['applicant', 'idNumber']}
          label={t('intake.idNumber')}
          rules={[{ pattern: ID_NUMBER, message: t('intake.idNumberFormat') }]}
        >
          <Input inputMode="numeric" maxLength={12} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name={['applicant', 'email']}
          label={t('intake.email')}
          rules={[{ type: 'email', message: t('eform.email') }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name={['applicant', 'address']} label={t('intake.address')}>
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
      </fieldset>
      {schema ? (
        <>
          <Typography.Title level={2} className="eform-title">
            {typeof schema['title'] === 'string' ? schema['title'] : t('intake.eform')}
          </Typography.Title>
          <ObjectFields schema={schema} uiSchema={uiSchema} name={['form']} />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('intake.noEform')}</Typography.Paragraph>
      )}
      <Space>
        <Button
          onClick={() => {
            const values = form.getFieldsValue(true) as StepValues;
            onBack(values.applicant, values.form);
          }}
        >
          {t('intake.back')}
        </Button>
        <Button type="primary" htmlType="submit">
          {t('intake.next')}
        </Button>
      </Space>
    </Form>
  );
}
