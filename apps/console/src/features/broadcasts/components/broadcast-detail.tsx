import { Alert, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { MessageKey } from '../../../i18n/translate.ts';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatCount, formatDateTime } from '../../../lib/format.ts';
import { useBroadcast, useProvinceCommunes } from '../queries.ts';
import { broadcastsHref } from '../routes.ts';
import { describeTarget } from '../target-text.ts';
import type { Broadcast } from '../types.ts';
import { BroadcastPreview } from './broadcast-preview.tsx';
import { CancelBroadcastButton } from './cancel-button.tsx';
import { DeliveryProgress } from './delivery-progress.tsx';
import { BroadcastStatusTag } from './status-tag.tsx';

/** What happened when, oldest first: created, (scheduled,) started, finished or cancelled. */
function timelineOf(broadcast: Broadcast): { key: MessageKey; at: string }[] {
  const steps: { key: MessageKey; at: string | null }[] = [
    { key: 'broadcasts.time.created', at: broadcast.createdAt },
    { key: 'broadcasts.time.scheduled', at: broadcast.startedAt === null ? broadcast.scheduledAt : null },
    { key: 'broadcasts.time.started', at: broadcast.startedAt },
    { key: 'broadcasts.time.finished', at: broadcast.finishedAt },
    { key: 'broadcasts.time.cancelled', at: broadcast.cancelledAt },
  ];
  return steps
    .filter((step): step is { key: MessageKey; at: string } => step.at !== null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function Timeline({ broadcast }: { broadcast: Broadcast }) {
  const { t } = useI18n();
  return (
    <ol className="broadcasts__timeline">
      {timelineOf(broadcast).map((step) => (
        <li key={step.key}>{t(step.key, { at: formatDateTime(step.at) })}</li>
      ))}
    </ol>
  );
}

function StatCount({ count, help }: { count: number; help?: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <span className="broadcasts__count">{formatCount(count)}</span>
      {help && (
        <Typography.Text type="secondary" className="broadcasts__count-help">
          {t(help)}
        </Typography.Text>
      )}
    </>
  );
}

function DeliveryStats({ broadcast }: { broadcast: Broadcast }) {
  const { t } = useI18n();
  const { stats } = broadcast;
  const rows: { key: string; label: MessageKey; count: number; help?: MessageKey }[] = [
    { key: 'sent', label: 'broadcasts.stats.sent', count: stats.sent },
    { key: 'skipped', label: 'broadcasts.stats.skipped', count: stats.skipped, help: 'broadcasts.stats.skippedHelp' },
    { key: 'failed', label: 'broadcasts.stats.failed', count: stats.failed, help: 'broadcasts.stats.failedHelp' },
    { key: 'unknown', label: 'broadcasts.stats.unknown', count: stats.unknown, help: 'broadcasts.stats.unknownHelp' },
    {
      key: 'pending',
      label: 'broadcasts.stats.pending',
      count: stats.pending + stats.sending,
      help: 'broadcasts.stats.pendingHelp',
    },
  ];
  if (stats.cancelled > 0 || broadcast.status === 'cancelled') {
    rows.push({ key: 'cancelled', label: 'broadcasts.stats.cancelled', count: stats.cancelled });
  }
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={rows.map((row) => ({
        key: row.key,
        label: t(row.label),
        children: <StatCount count={row.count} {...(row.help && { help: row.help })} />,
      }))}
    />
  );
}

function Facts({ broadcast }: { broadcast: Broadcast }) {
  const { t } = useI18n();
  const communes = useProvinceCommunes();
  const url = broadcast.media.url;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'kind', label: t('broadcasts.col.kind'), children: t(`broadcasts.kind.${broadcast.kind}`) },
        {
          key: 'target',
          label: t('broadcasts.col.target'),
          children: describeTarget(broadcast.target, communes.names, t),
        },
        ...(url
          ? [
              {
                key: 'url',
                label: t(broadcast.kind === 'image' ? 'broadcasts.form.imageUrl' : 'broadcasts.form.linkUrl'),
                children: (
                  <Typography.Link href={url} target="_blank" rel="noopener noreferrer" className="broadcasts__url">
                    {url}
                  </Typography.Link>
                ),
              },
            ]
          : []),
        {
          key: 'recipients',
          label: t('broadcasts.detail.recipients'),
          children:
            broadcast.recipients === null
              ? t('broadcasts.detail.recipientsPending')
              : formatCount(broadcast.recipients),
        },
        { key: 'progress', label: t('broadcasts.col.progress'), children: <DeliveryProgress broadcast={broadcast} /> },
      ]}
    />
  );
}

function Detail({ broadcast }: { broadcast: Broadcast }) {
  const { t } = useI18n();
  return (
    <>
      <Space className="broadcasts__toolbar" wrap>
        <Typography.Title level={2} className="subsection-title">
          {broadcast.title}
        </Typography.Title>
        <BroadcastStatusTag status={broadcast.status} />
        <CancelBroadcastButton broadcast={broadcast} />
      </Space>
      <div className="broadcasts__columns">
        <div className="broadcasts__main">
          <Typography.Title level={3} className="broadcasts__heading">
            {t('broadcasts.detail.facts')}
          </Typography.Title>
          <Facts broadcast={broadcast} />
          <Typography.Title level={3} className="broadcasts__heading">
            {t('broadcasts.detail.timeline')}
          </Typography.Title>
          <Timeline broadcast={broadcast} />
          <Typography.Title level={3} className="broadcasts__heading">
            {t('broadcasts.detail.stats')}
          </Typography.Title>
          <DeliveryStats broadcast={broadcast} />
        </div>
        <aside className="broadcasts__side" aria-label={t('broadcasts.detail.message')}>
          <BroadcastPreview
            message={{
              kind: broadcast.kind,
              body: broadcast.body,
              mediaUrl: broadcast.media.url,
              mediaTitle: broadcast.media.title,
            }}
          />
        </aside>
      </div>
    </>
  );
}

/** One announcement: its message as followers see it, whom it reaches, its timeline and delivery. */
export function BroadcastDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const broadcast = useBroadcast(id);
  return (
    <section aria-label={broadcast.data?.title ?? t('broadcasts.title')}>
      <Typography.Link href={broadcastsHref()} className="broadcasts__back">
        ← {t('broadcasts.back')}
      </Typography.Link>
      {broadcast.isPending && <Skeleton active />}
      {broadcast.isError && (
        <Alert type="error" showIcon className="admin__alert" title={t(errorMessageKey(broadcast.error))} />
      )}
      {broadcast.data && <Detail broadcast={broadcast.data} />}
    </section>
  );
}
