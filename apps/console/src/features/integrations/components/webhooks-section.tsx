import type { WebhookEndpoint } from '@motcua/contracts';
import { Alert, App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey, problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { webhookEventTypes } from '../labels.ts';
import { useEndpoints, useUpdateEndpoint } from '../queries.ts';
import { DeliveriesDrawer } from './deliveries-drawer.tsx';
import { EndpointModal } from './endpoint-modal.tsx';
import { SecretModal } from './secret-modal.tsx';

function StatusCell({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useI18n();
  const failure = endpoint.lastFailure;
  if (endpoint.enabled) {
    return (
      <Space orientation="vertical" size={2}>
        <Tag color="green">{t('integrations.webhooks.on')}</Tag>
        {endpoint.consecutiveFailures > 0 && failure && (
          <Typography.Text type="warning">
            {t('integrations.webhooks.failures', { n: endpoint.consecutiveFailures, error: failure.error })}
          </Typography.Text>
        )}
      </Space>
    );
  }
  if (endpoint.disabledReason !== 'failing') return <Tag>{t('integrations.webhooks.offManual')}</Tag>;
  return (
    <Space orientation="vertical" size={2}>
      <Tag color="red">{t('integrations.webhooks.offFailing')}</Tag>
      <Typography.Text type="danger">
        {t('integrations.webhooks.failingReason', {
          at: endpoint.disabledAt ? formatDateTime(endpoint.disabledAt) : '',
          n: endpoint.consecutiveFailures,
          error: failure?.error ?? '',
        })}
      </Typography.Text>
    </Space>
  );
}

/** The province's webhook endpoints: add (secret shown once), edit events, switch off and on, delivery log. */
export function WebhooksSection() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const endpoints = useEndpoints();
  const update = useUpdateEndpoint();
  const [editing, setEditing] = useState<WebhookEndpoint | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [log, setLog] = useState<WebhookEndpoint | null>(null);
  const toggle = (endpoint: WebhookEndpoint) =>
    update.mutate(
      { id: endpoint.id, body: { enabled: !endpoint.enabled } },
      { onError: (error) => void message.error(problemText(error, t)) },
    );
  const columns: ColumnsType<WebhookEndpoint> = [
    {
      key: 'url',
      title: t('integrations.webhooks.url'),
      render: (_, e) => (
        <>
          <code className="integrations__url">{e.url}</code>
          {e.description !== '' && <Typography.Paragraph type="secondary">{e.description}</Typography.Paragraph>}
        </>
      ),
    },
    {
      key: 'events',
      title: t('integrations.webhooks.events'),
      render: (_, e) => t('integrations.webhooks.eventCount', { n: e.events.length, total: webhookEventTypes.length }),
    },
    { key: 'status', title: t('integrations.webhooks.status'), render: (_, e) => <StatusCell endpoint={e} /> },
    {
      key: 'pending',
      title: t('integrations.deliveries.status'),
      render: (_, e) => t('integrations.webhooks.pending', { n: e.pending }),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, e) => (
        <Space wrap size={4}>
          <Button
            size="small"
            onClick={() => setEditing(e)}
            aria-label={t('integrations.webhooks.editNamed', { url: e.url })}
          >
            {t('integrations.webhooks.edit')}
          </Button>
          <Button
            size="small"
            danger={e.enabled}
            loading={update.isPending && update.variables.id === e.id}
            onClick={() => toggle(e)}
            aria-label={t(e.enabled ? 'integrations.webhooks.disableNamed' : 'integrations.webhooks.enableNamed', {
              url: e.url,
            })}
          >
            {t(e.enabled ? 'integrations.webhooks.disable' : 'integrations.webhooks.enable')}
          </Button>
          <Button
            size="small"
            onClick={() => setLog(e)}
            aria-label={t('integrations.webhooks.logNamed', { url: e.url })}
          >
            {t('integrations.webhooks.log')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <section aria-labelledby="integrations-webhooks">
      <Typography.Title id="integrations-webhooks" level={2} className="integrations__title">
        {t('integrations.webhooks.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('integrations.webhooks.intro')}</Typography.Paragraph>
      <Space wrap className="admin__toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('integrations.webhooks.add')}
        </Button>
      </Space>
      {endpoints.isError && (
        <Alert type="error" showIcon className="admin__alert" title={t(errorMessageKey(endpoints.error))} />
      )}
      <Table<WebhookEndpoint>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={endpoints.data ?? []}
        loading={endpoints.isLoading}
        pagination={false}
        locale={{ emptyText: t('integrations.webhooks.empty') }}
      />
      {editing !== null && (
        <EndpointModal
          endpoint={editing}
          onClose={() => setEditing(null)}
          onCreated={(created) => {
            setEditing(null);
            setSecret(created);
          }}
        />
      )}
      <SecretModal title={t('integrations.webhooks.created')} secret={secret} onClose={() => setSecret(null)} />
      {log && <DeliveriesDrawer endpoint={log} onClose={() => setLog(null)} />}
    </section>
  );
}
