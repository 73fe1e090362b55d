import type { WebhookDelivery, WebhookEndpoint } from '@motcua/contracts';
import { Alert, App as AntApp, Button, Drawer, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey, problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
import { deliveryStatusKey, eventKey } from '../labels.ts';
import { useDeliveries, useReplayDelivery } from '../queries.ts';

const statusColor = { pending: 'gold', delivered: 'green', failed: 'red' } as const;

/** An endpoint's delivery log, newest first, each with its attempts, last answer and a replay. */
export function DeliveriesDrawer({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const pages = useDeliveries(endpoint.id);
  const replay = useReplayDelivery(endpoint.id);
  const keyFor = useIdempotencyKey();
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: ColumnsType<WebhookDelivery> = [
    {
      key: 'event',
      title: t('integrations.deliveries.event'),
      render: (_, d) => (
        <>
          {t(eventKey(d.type))}
          <br />
          <Typography.Text type="secondary" className="integrations__id">
            {d.id}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'code',
      title: t('integrations.deliveries.code'),
      dataIndex: 'code',
      render: (code: string) => <code>{code}</code>,
    },
    {
      key: 'status',
      title: t('integrations.deliveries.status'),
      render: (_, d) => (
        <>
          <Tag color={statusColor[d.status]}>{t(deliveryStatusKey(d.status))}</Tag>
          {d.status === 'pending' && d.nextAttemptAt && d.attempts > 0 ? (
            <Typography.Text type="secondary">
              {t('integrations.deliveries.next', { at: formatDateTime(d.nextAttemptAt) })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { key: 'attempts', title: t('integrations.deliveries.attempts'), dataIndex: 'attempts' },
    {
      key: 'response',
      title: t('integrations.deliveries.response'),
      render: (_, d) => {
        if (d.lastAttemptAt === null) return null;
        const answer =
          d.lastStatusCode === null
            ? t('integrations.deliveries.noAnswer', { error: d.lastError ?? '' })
            : `HTTP ${String(d.lastStatusCode)}`;
        const took =
          d.lastDurationMs === null ? '' : ` · ${t('integrations.deliveries.duration', { ms: d.lastDurationMs })}`;
        return `${answer}${took} · ${formatDateTime(d.lastAttemptAt)}`;
      },
    },
    {
      key: 'replay',
      title: t('admin.actions'),
      render: (_, d) => (
        <Button
          size="small"
          disabled={!endpoint.enabled}
          loading={replay.isPending && replay.variables.deliveryId === d.id}
          aria-label={t('integrations.deliveries.replayNamed', { id: d.id })}
          onClick={() =>
            replay.mutate(
              { deliveryId: d.id, key: keyFor({ replay: d.id }) },
              {
                onSuccess: () => void message.success(t('integrations.deliveries.replayed')),
                onError: (error) => void message.error(problemText(error, t)),
              },
            )
          }
        >
          {t('integrations.deliveries.replay')}
        </Button>
      ),
    },
  ];
  return (
    <Drawer
      open
      size="large"
      title={t('integrations.deliveries.title', { url: endpoint.url })}
      onClose={onClose}
      destroyOnHidden
    >
      {pages.isError && (
        <Alert type="error" showIcon className="admin__alert" title={t(errorMessageKey(pages.error))} />
      )}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={pages.isLoading}
        pagination={false}
        locale={{ emptyText: t('integrations.deliveries.empty') }}
      />
      {pages.hasNextPage && (
        <Button
          className="integrations__more"
          onClick={() => void pages.fetchNextPage()}
          loading={pages.isFetchingNextPage}
        >
          {t('integrations.deliveries.more')}
        </Button>
      )}
    </Drawer>
  );
}
