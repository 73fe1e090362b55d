import { Alert, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type MouseEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { navigate } from '../../../layout/use-screen.ts';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { syncFollowers } from '../api.ts';
import { refreshInterval } from '../progress.ts';
import { broadcastHref, composeHref } from '../routes.ts';
import { useBroadcasts, useProvinceCommunes } from '../queries.ts';
import { describeTarget } from '../target-text.ts';
import type { Broadcast } from '../types.ts';
import { CancelBroadcastButton } from './cancel-button.tsx';
import { DeliveryProgress } from './delivery-progress.tsx';
import { BroadcastStatusTag } from './status-tag.tsx';

/** A click on a row opens the broadcast, unless it was on the row's own link or buttons. */
function openOnRowClick(broadcast: Broadcast) {
  return {
    onClick: (event: MouseEvent<HTMLElement>) => {
      if (event.target instanceof Element && event.target.closest('a, button')) return;
      navigate(broadcastHref(broadcast.id));
    },
    className: 'broadcasts__row',
  };
}

function useColumns(): ColumnsType<Broadcast> {
  const { t } = useI18n();
  const communes = useProvinceCommunes();
  return [
    {
      key: 'title',
      title: t('broadcasts.col.title'),
      render: (_, broadcast) => <Typography.Link href={broadcastHref(broadcast.id)}>{broadcast.title}</Typography.Link>,
    },
    {
      key: 'kind',
      title: t('broadcasts.col.kind'),
      width: 100,
      render: (_, broadcast) => t(`broadcasts.kind.${broadcast.kind}`),
    },
    {
      key: 'target',
      title: t('broadcasts.col.target'),
      render: (_, broadcast) => describeTarget(broadcast.target, communes.names, t),
    },
    {
      key: 'scheduledAt',
      title: t('broadcasts.col.scheduledAt'),
      width: 150,
      render: (_, broadcast) => formatDateTime(broadcast.scheduledAt),
    },
    {
      key: 'status',
      title: t('broadcasts.col.status'),
      width: 130,
      render: (_, broadcast) => <BroadcastStatusTag status={broadcast.status} />,
    },
    {
      key: 'progress',
      title: t('broadcasts.col.progress'),
      width: 240,
      render: (_, broadcast) => <DeliveryProgress broadcast={broadcast} />,
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      width: 100,
      render: (_, broadcast) => <CancelBroadcastButton broadcast={broadcast} size="small" />,
    },
  ];
}

type SyncState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'queued' } | { kind: 'failed'; error: unknown };

/** "Đồng bộ người theo dõi": the followers, their tags and communes read again from Zalo. */
function SyncFollowersButton() {
  const { t } = useI18n();
  const [state, setState] = useState<SyncState>({ kind: 'idle' });
  const start = () => {
    setState({ kind: 'busy' });
    syncFollowers(crypto.randomUUID()).then(
      () => setState({ kind: 'queued' }),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  };
  return (
    <>
      <Button onClick={start} loading={state.kind === 'busy'}>
        {t('broadcasts.sync')}
      </Button>
      {state.kind === 'queued' && <Alert type="success" showIcon title={t('broadcasts.sync.queued')} />}
      {state.kind === 'failed' && <Alert type="error" showIcon title={t(errorMessageKey(state.error))} />}
    </>
  );
}

/** Every announcement, newest first, kept fresh while one is waiting or going out. */
export function BroadcastList() {
  const { t } = useI18n();
  const list = useBroadcasts();
  const columns = useColumns();
  const refreshing = refreshInterval(list.data) !== false;
  return (
    <section aria-labelledby="broadcasts-title">
      <Space className="broadcasts__toolbar" wrap>
        <Typography.Title id="broadcasts-title" level={2} className="subsection-title">
          {t('broadcasts.title')}
        </Typography.Title>
        <Button type="primary" href={composeHref()}>
          {t('broadcasts.compose')}
        </Button>
        <SyncFollowersButton />
      </Space>
      <Typography.Paragraph>{t('broadcasts.intro')}</Typography.Paragraph>
      {refreshing && <Typography.Paragraph type="secondary">{t('broadcasts.autoRefresh')}</Typography.Paragraph>}
      {list.isError && <Alert type="error" showIcon className="admin__alert" title={t(errorMessageKey(list.error))} />}
      <Table<Broadcast>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isPending}
        pagination={false}
        onRow={openOnRowClick}
        locale={{ emptyText: t('broadcasts.empty') }}
      />
    </section>
  );
}
