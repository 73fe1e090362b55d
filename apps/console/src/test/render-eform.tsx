import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { ObjectFields } from '../features/eforms/schema-fields.tsx';
import type { JsonSchema } from '../features/eforms/schema.ts';
import { toFormValues } from '../features/eforms/schema-values.ts';

interface EFormHarnessProps {
  schema: JsonSchema;
  uiSchema: JsonSchema;
  initial: Record<string, unknown>;
  onFinish: (values: { form?: Record<string, unknown> }) => void;
  onForm?: (form: FormInstance) => void;
}

function EFormHarness({ schema, uiSchema, initial, onFinish, onForm }: EFormHarnessProps) {
  const [form] = Form.useForm<{ form?: Record<string, unknown> }>();
  onForm?.(form);
  return (
    <Form form={form} layout="vertical" initialValues={{ form: toFormValues(schema, initial) }} onFinish={onFinish}>
      <ObjectFields schema={schema} uiSchema={uiSchema} name={['form']} />
      <button type="submit">Gửi</button>
    </Form>
  );
}

/** An e-form on its own, in a form with a "Gửi" button, with the providers the fields need. */
export function renderEForm(props: EFormHarnessProps) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <EFormHarness {...props} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}
