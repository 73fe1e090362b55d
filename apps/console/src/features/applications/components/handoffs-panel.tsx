import { Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { Handoff } from '../types.ts';

function ResultTag({ result }: { result: Handoff['result'] }) {
  const { t } = useI18n();
  switch (result) {
    case 'early':
      return <Tag color="green">{t('handoffs.early')}</Tag>;
    case 'on_time':
      return <Tag color="blue">{t('handoffs.onTime')}</Tag>;
    case 'late':
      return <Tag color="red">{t('handoffs.late')}</Tag>;
    case null:
      return <Tag>{t('handoffs.pending')}</Tag>;
  }
}

function useColumns(): ColumnsType<Handoff> {
  const { t } = useI18n();
  const moment = (at: string | null, by: string | null) =>
    at === null ? '—' : `${formatDateTime(at)}${by ? ` — ${by}` : ''}`;
  return [
    { key: 'from', title: t('handoffs.from'), dataIndex: 'fromUnit' },
    { key: 'to', title: t('handoffs.to'), dataIndex: 'toUnit' },
    { key: 'handed', title: t('handoffs.handed'), render: (_, row) => moment(row.handedAt, row.handedBy) },
    { key: 'received', title: t('handoffs.received'), render: (_, row) => moment(row.receivedAt, row.receivedBy) },
    {
      key: 'due',
      title: t('handoffs.stepDue'),
      render: (_, row) => (row.stepDueAt === null ? '—' : formatDateTime(row.stepDueAt)),
    },
    { key: 'result', title: t('handoffs.result'), render: (_, row) => <ResultTag result={row.result} /> },
  ];
}

/**
 * The hand-off log, as on the phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05, TT 01/2018/TT-VPCP):
 * each hand-over between units, who gave and took it, and whether the step ended early, on time or late.
 */
export function HandoffsPanel({ handoffs }: { handoffs: Handoff[] }) {
  const { t } = useI18n();
  const columns = useColumns();
  if (handoffs.length === 0) return <Empty description={t('handoffs.none')} />;
  return (
    <Table<Handoff>
      size="small"
      rowKey={(row) => `${row.handedAt}-${row.toUnit}`}
      columns={columns}
      dataSource={handoffs}
      pagination={false}
      scroll={{ x: 800 }}
      aria-label={t('handoffs.title')}
    />
  );
}
