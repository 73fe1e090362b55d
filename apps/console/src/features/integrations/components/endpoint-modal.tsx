import type { WebhookEndpoint, WebhookEventType } from '@motcua/contracts';
import { Alert, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { problemText } from '../../../lib/error-message.ts';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
import { eventKey, webhookEventTypes } from '../labels.ts';
import { useCreateEndpoint, useUpdateEndpoint } from '../queries.ts';

interface EndpointValues {
  url: string;
  description?: string;
  events: WebhookEventType[];
}

/**
 * Adds a webhook endpoint (the answer's signing secret goes to `onCreated`, to be shown once) or
 * changes one: URL, description, events.
 */
export function EndpointModal({
  endpoint,
  onClose,
  onCreated,
}: {
  endpoint: WebhookEndpoint | 'new';
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<EndpointValues>();
  const create = useCreateEndpoint();
  const update = useUpdateEndpoint();
  const keyFor = useIdempotencyKey();
  const saving = endpoint === 'new' ? create : update;
  const submit = (values: EndpointValues) => {
    const body = { url: values.url.trim(), events: values.events, description: (values.description ?? '').trim() };
    if (endpoint === 'new') {
      create.mutate({ body, key: keyFor(body) }, { onSuccess: (created) => onCreated(created.secret ?? '') });
    } else {
      update.mutate({ id: endpoint.id, body }, { onSuccess: onClose });
    }
  };
  const initial: EndpointValues =
    endpoint === 'new'
      ? { url: 'https://', events: [...webhookEventTypes] }
      : { url: endpoint.url, description: endpoint.description, events: endpoint.events };
  return (
    <Modal
      open
      title={t(endpoint === 'new' ? 'integrations.webhooks.addTitle' : 'integrations.webhooks.editTitle')}
      okText={t('admin.save')}
      cancelText={t('action.cancel')}
      confirmLoading={saving.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      {saving.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(saving.error, t)} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item
          name="url"
          label={t('integrations.webhooks.url')}
          rules={[{ required: true, type: 'url', message: t('integrations.webhooks.urlRequired') }]}
        >
          <Input maxLength={2000} inputMode="url" />
        </Form.Item>
        <Form.Item name="description" label={t('integrations.webhooks.description')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="events"
          label={t('integrations.webhooks.events')}
          rules={[{ required: true, type: 'array', min: 1, message: t('integrations.webhooks.eventsRequired') }]}
        >
          <Checkbox.Group
            className="integrations__checks"
            options={webhookEventTypes.map((type) => ({ value: type, label: t(eventKey(type)) }))}
          />
        </Form.Item>
        <Button size="small" onClick={() => form.setFieldValue('events', [...webhookEventTypes])}>
          {t('integrations.webhooks.allEvents')}
        </Button>
      </Form>
    </Modal>
  );
}
