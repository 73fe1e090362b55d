import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { Lang } from '../../../i18n/translate.ts';
import { formatPercent } from '../../../lib/format.ts';
import type { Indicator } from '../types.ts';

/** An indicator's value in its unit: `92,3%`, `4,5 ngày`; `—` when it has no base yet. */
export function formatIndicator(indicator: Indicator, lang: Lang): string {
  if (indicator.value === null) return '—';
  if (indicator.unit === '%') return formatPercent(indicator.value / 100, lang);
  const rounded = Math.round(indicator.value * 10) / 10;
  const text = lang === 'vi' ? String(rounded).replace('.', ',') : String(rounded);
  return `${text} ${indicator.unit}`.trim();
}

/** The QĐ 766 indicators the server computes, with their own labels. */
export function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  const { t, lang } = useI18n();
  const columns: ColumnsType<Indicator> = [
    { key: 'label', title: t('reports.indicator'), dataIndex: 'label' },
    {
      key: 'value',
      title: t('reports.value'),
      align: 'right',
      width: 160,
      render: (_, item) => formatIndicator(item, lang),
    },
  ];
  return (
    <Table<Indicator>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={indicators}
      pagination={false}
      locale={{ emptyText: t('reports.noData') }}
    />
  );
}
