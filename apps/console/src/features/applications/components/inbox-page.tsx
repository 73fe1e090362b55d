import type { OfficerProfile } from '@motcua/contracts';
import { roleLabel, statusLabel, statuses, type Status } from '@motcua/workflow';
import { Alert, Button, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatCount, formatDate, formatDateTime } from '../../../lib/format.ts';
import { dossierHref, hrefFor, type Route } from '../../../layout/routes.ts';
import { navigate, rememberInbox, replaceHash } from '../../../layout/use-screen.ts';
import { hasAnyRole, useOfficer } from '../../auth/session.ts';
import { filtersFromParams, filtersToParams, INBOX_PAGE_SIZE, type InboxFilters } from '../inbox-query.ts';
import { useInbox } from '../queries.ts';
import type { InboxItem } from '../types.ts';
import { InboxFilterBar } from './inbox-filters.tsx';
import { OverdueTag, StatusTag } from './status-tag.tsx';
import '../applications.css';

const intakeOrder: readonly Status[] = [
  'submitted',
  'result_ready',
  'payment_requested',
  'withdrawal_requested',
  'supplement_requested',
  'accepted',
  'processing',
  'refused',
  'stopped',
  'returned',
];
const processingOrder: readonly Status[] = [
  'accepted',
  'processing',
  'supplement_requested',
  'payment_requested',
  'withdrawal_requested',
  'result_ready',
  'submitted',
  'refused',
  'stopped',
  'returned',
];

/** Desk officers see what waits at the desk first; processing officers what waits for appraisal. */
function statusOrder(officer: OfficerProfile | null): readonly Status[] {
  return hasAnyRole(officer, ['intake']) ? intakeOrder : processingOrder;
}

function useColumns(): ColumnsType<InboxItem> {
  const { t } = useI18n();
  return [
    {
      key: 'code',
      title: t('dossier.code'),
      width: 215,
      render: (_, item) => (
        <a href={dossierHref(item.code)} className="inbox__code">
          {item.code}
        </a>
      ),
    },
    {
      key: 'procedure',
      title: t('inbox.procedureAndUnit'),
      render: (_, item) => (
        <div className="inbox__procedure-cell">
          <div>{item.procedureName ?? item.procedureCode}</div>
          {item.unitName && <div className="inbox__unit">{item.unitName}</div>}
        </div>
      ),
    },
    { key: 'applicant', title: t('dossier.applicant'), dataIndex: 'applicantName', width: 150 },
    { key: 'channel', title: t('dossier.channel'), width: 110, render: (_, item) => t(channelKey(item.channel)) },
    {
      key: 'dates',
      title: t('inbox.dates'),
      width: 170,
      render: (_, item) => (
        <div>
          <div>{formatDateTime(item.submittedAt)}</div>
          <div className="inbox__due">
            {item.dueAt === null ? '—' : formatDate(item.dueAt)} {item.overdue && <OverdueTag />}
          </div>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('dossier.status'),
      width: 190,
      render: (_, item) => <StatusTag status={item.statusKey} />,
    },
  ];
}

function channelKey(channel: string) {
  switch (channel) {
    case 'counter':
    case 'online':
    case 'zalo':
    case 'postal':
      return `filing.${channel}` as const;
    default:
      return 'filing.other' as const;
  }
}

function ScopeLine({ officer }: { officer: OfficerProfile | null }) {
  const { t, lang } = useI18n();
  const grants = (officer?.roles ?? []).filter((grant) => grant.role !== 'admin');
  if (grants.length === 0) return null;
  const text = grants.map((grant) => `${roleLabel(grant.role, lang)} — ${grant.unitName}`).join('; ');
  return (
    <Typography.Paragraph type="secondary" className="inbox__scope">
      {t('inbox.scope', { units: text })}
    </Typography.Paragraph>
  );
}

/** The inbox: dossiers held by the officer's units, a page at a time, filtered on the server. */
export function InboxPage({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const officer = useOfficer();
  const filters = filtersFromParams(route.params);
  const inbox = useInbox(filters);
  const columns = useColumns();
  const counts = inbox.data?.counts ?? {};
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  rememberInbox(hrefFor('applications', [], filtersToParams(filters)));

  const update = (next: InboxFilters) => {
    replaceHash(hrefFor('applications', [], filtersToParams(next)));
  };
  const tabLabel = (label: string, count: number | undefined) => (
    <span>
      {label}{' '}
      <span className={count ? 'inbox__count' : 'inbox__count inbox__count--zero'}>{formatCount(count ?? 0)}</span>
    </span>
  );
  const tabs = [
    { key: 'all', label: tabLabel(t('inbox.all'), all) },
    ...statusOrder(officer).map((status) => ({
      key: status,
      label: tabLabel(`${String(statuses[status].code)}. ${statusLabel(status, lang)}`, counts[status]),
    })),
  ];

  return (
    <section aria-labelledby="inbox-title">
      <Typography.Title id="inbox-title" level={1} className="page-title">
        {t('inbox.title')}
      </Typography.Title>
      <ScopeLine officer={officer} />
      <Tabs
        activeKey={filters.status ?? 'all'}
        items={tabs}
        aria-label={t('inbox.statusTabs')}
        onChange={(key) => {
          const { status: _status, ...rest } = filters;
          update(key === 'all' ? { ...rest, page: 1 } : { ...rest, status: key as Status, page: 1 });
        }}
      />
      <InboxFilterBar
        value={filters}
        onChange={(patch) => {
          update({ ...filters, ...patch, page: 1 });
        }}
      />
      {inbox.isError && (
        <Alert
          type="error"
          showIcon
          className="inbox__alert"
          title={t(errorMessageKey(inbox.error))}
          action={
            <Button size="small" onClick={() => void inbox.refetch()}>
              {t('error.retry')}
            </Button>
          }
        />
      )}
      <Table<InboxItem>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={inbox.data?.items ?? []}
        loading={inbox.isFetching}
        rowClassName={(item) => (item.overdue ? 'inbox__row--overdue' : '')}
        onRow={(item) => ({
          onDoubleClick: () => {
            navigate(dossierHref(item.code));
          },
        })}
        locale={{ emptyText: t('inbox.empty') }}
        scroll={{ x: 1100 }}
        pagination={{
          current: filters.page,
          pageSize: INBOX_PAGE_SIZE,
          total: inbox.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) =>
            t(inbox.data?.totalIsLowerBound === true ? 'inbox.totalAtLeast' : 'inbox.total', {
              total: formatCount(total),
            }),
          onChange: (page) => {
            update({ ...filters, page });
          },
        }}
      />
    </section>
  );
}
