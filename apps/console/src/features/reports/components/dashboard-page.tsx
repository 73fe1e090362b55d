import { Alert, Button, Card, Col, DatePicker, Row, Select, Space, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatDay, formatPercent } from '../../../lib/format.ts';
import { hrefFor, type Route } from '../../../layout/routes.ts';
import { replaceHash } from '../../../layout/use-screen.ts';
import { useUnits } from '../../applications/queries.ts';
import { statsWorkbookUrl } from '../api.ts';
import { useStats } from '../queries.ts';
import type { ConsoleStats, StatsQuery } from '../types.ts';
import { DashboardCharts } from './dashboard-charts.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import '../reports.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period and unit in the hash; by default this month so far. */
export function statsQueryFrom(params: URLSearchParams, today: Dayjs = dayjs()): StatsQuery {
  const from = params.get('from');
  const to = params.get('to');
  const unit = params.get('unit');
  return {
    from: from !== null && DAY.test(from) ? from : today.startOf('month').format('YYYY-MM-DD'),
    to: to !== null && DAY.test(to) ? to : today.format('YYYY-MM-DD'),
    ...(unit !== null && unit !== '' && { unit }),
  };
}

function Figures({ stats }: { stats: ConsoleStats }) {
  const { t, lang } = useI18n();
  const rate = stats.completed > 0 ? formatPercent(stats.onTime / stats.completed, lang) : '—';
  const figures = [
    { key: 'received', label: t('reports.received'), value: stats.received },
    { key: 'inProgress', label: t('reports.inProgress'), value: stats.inProgress },
    { key: 'completed', label: t('reports.completed'), value: stats.completed },
    { key: 'onTime', label: t('reports.onTime'), value: stats.onTime },
    { key: 'late', label: t('reports.late'), value: stats.late },
    { key: 'overdue', label: t('reports.overdue'), value: stats.overdue },
  ];
  return (
    <Row gutter={[16, 16]} className="reports__figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={figure.label}
              value={figure.value}
              groupSeparator="."
              styles={figure.key === 'overdue' && figure.value > 0 ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
      <Col xs={24}>
        <Typography.Text strong>{t('reports.onTimeRate', { rate })}</Typography.Text>
      </Col>
    </Row>
  );
}

/** The dashboard: what came in and went out, on time or not, by unit, procedure and channel. */
export function DashboardPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const query = statsQueryFrom(route.params);
  const stats = useStats(query);
  const units = useUnits();
  const update = (next: StatsQuery) => {
    const params = new URLSearchParams({ from: next.from, to: next.to });
    if (next.unit !== undefined) params.set('unit', next.unit);
    replaceHash(hrefFor('reports', [], params));
  };

  return (
    <section aria-labelledby="reports-title">
      <Typography.Title id="reports-title" level={1} className="page-title">
        {t('reports.title')}
      </Typography.Title>
      <Space wrap className="reports__filters">
        <DatePicker.RangePicker
          aria-label={t('reports.period')}
          format="DD/MM/YYYY"
          allowClear={false}
          value={[dayjs(query.from), dayjs(query.to)]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) update({ ...query, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
        <Select
          aria-label={t('reports.unit')}
          placeholder={t('reports.allUnits')}
          allowClear
          className="reports__unit"
          value={query.unit}
          options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(unit: string | undefined) => {
            const { unit: _unit, ...rest } = query;
            update(unit === undefined ? rest : { ...rest, unit });
          }}
        />
        <Button href={statsWorkbookUrl(query)} download>
          {t('reports.export')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">
        {t('reports.periodText', { from: formatDay(query.from), to: formatDay(query.to) })}
      </Typography.Paragraph>
      {stats.isError && (
        <Alert
          type="error"
          showIcon
          title={t(errorMessageKey(stats.error))}
          action={
            <Button size="small" onClick={() => void stats.refetch()}>
              {t('error.retry')}
            </Button>
          }
        />
      )}
      {stats.data && (
        <>
          <Figures stats={stats.data} />
          <DashboardCharts stats={stats.data} />
          <Card title={t('reports.indicators')} size="small" className="reports__card">
            <IndicatorTable indicators={stats.data.indicators} />
          </Card>
        </>
      )}
    </section>
  );
}
