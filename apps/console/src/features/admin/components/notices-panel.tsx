import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { vi, type MessageKey } from '../../../i18n/vi.ts';
import { problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { listDeadNotices } from '../api.ts';
import { adminKeys } from '../queries.ts';
import type { NoticeAttempt, NoticeItem } from '../types.ts';

/** A message key built from data, or undefined when there is none (the raw value is shown then). */
function keyOf(key: string): MessageKey | undefined {
  return key in vi ? (key as MessageKey) : undefined;
}

/** Translates a key built from data, falling back to the raw value. */
function useLabel(): (key: string, raw: string) => string {
  const { t } = useI18n();
  return (key, raw) => {
    const known = keyOf(key);
    return known ? t(known) : raw;
  };
}

const stateColor: Record<string, string> = { sent: 'green', retry: 'gold', unreachable: 'default', failed: 'red' };

function Attempts({ attempts }: { attempts: readonly NoticeAttempt[] }) {
  const { t } = useI18n();
  const label = useLabel();
  return (
    <ol className="notices__attempts">
      {attempts.map((a) => (
        <li key={`${a.route}-${String(a.attempt)}`}>
          <Tag color={stateColor[a.state] ?? 'default'}>
            {t(`notices.route.${a.route}`)} #{a.attempt}: {label(`notices.state.${a.state}`, a.state)}
          </Tag>
          {a.reason ? <Typography.Text type="secondary">{a.reason}</Typography.Text> : null}
          {a.deliveredAt ? (
            <Typography.Text type="secondary">
              {t('notices.deliveredAt', { at: formatDateTime(a.deliveredAt) })}
            </Typography.Text>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Dead letters: citizen notices no route could deliver, each with its delivery record. */
export function NoticesPanel() {
  const { t } = useI18n();
  const label = useLabel();
  const pages = useInfiniteQuery({
    queryKey: [...adminKeys.all, 'notices', 'dead'],
    queryFn: ({ pageParam, signal }) => listDeadNotices(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next,
  });
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-label={t('admin.tab.notices')}>
      <Typography.Paragraph>{t('notices.intro')}</Typography.Paragraph>
      {pages.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(pages.error, t)} />}
      <Table<NoticeItem>
        rowKey="deliveryId"
        loading={pages.isLoading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('notices.empty') }}
        columns={[
          { title: t('notices.code'), dataIndex: 'code', render: (code: string) => <code>{code}</code> },
          {
            title: t('notices.intent'),
            dataIndex: 'intent',
            render: (intent: string) => label(`notices.intent.${intent}`, intent),
          },
          { title: t('notices.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
          {
            title: t('notices.attempts'),
            dataIndex: 'attempts',
            render: (attempts: NoticeAttempt[]) => <Attempts attempts={attempts} />,
          },
        ]}
      />
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('notices.more')}
        </Button>
      )}
    </section>
  );
}
