import { Card, Col, Row, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatPercent } from '../../../lib/format.ts';
import type { ConsoleStats } from '../types.ts';
import { BarChart } from './bar-chart.tsx';

const BLUE = '#0b4fd1';
const GREEN = '#2f9e44';
const TEAL = '#0f8b8d';
const RED = '#cf1322';
const AMBER = '#d48806';

const TOP_PROCEDURES = 10;

function channelKey(channel: string) {
  return channel === 'counter' || channel === 'online' || channel === 'zalo' || channel === 'postal'
    ? (`filing.${channel}` as const)
    : ('filing.other' as const);
}

/** The dashboard's charts: by unit, by procedure (the ten most received), by channel, and ratings. */
export function DashboardCharts({ stats }: { stats: ConsoleStats }) {
  const { t, lang } = useI18n();
  const empty = t('reports.noData');
  const procedures = [...stats.byProcedure].sort((a, b) => b.received - a.received).slice(0, TOP_PROCEDURES);
  const { satisfaction } = stats;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('reports.byUnit')} size="small">
          <BarChart
            title={t('reports.byUnit')}
            emptyText={empty}
            series={[
              { key: 'received', label: t('reports.received'), color: BLUE },
              { key: 'completed', label: t('reports.completed'), color: TEAL },
              { key: 'onTime', label: t('reports.onTime'), color: GREEN },
              { key: 'overdue', label: t('reports.overdue'), color: RED },
            ]}
            rows={stats.byUnit.map((unit) => ({
              key: unit.unitId,
              label: unit.unitName,
              values: [unit.received, unit.completed, unit.onTime, unit.overdue],
            }))}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('reports.byProcedure')} size="small">
          <BarChart
            title={t('reports.byProcedure')}
            emptyText={empty}
            series={[
              { key: 'received', label: t('reports.received'), color: BLUE },
              { key: 'completed', label: t('reports.completed'), color: TEAL },
              { key: 'onTime', label: t('reports.onTime'), color: GREEN },
            ]}
            rows={procedures.map((procedure) => ({
              key: procedure.code,
              label: procedure.name,
              values: [procedure.received, procedure.completed, procedure.onTime],
            }))}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('reports.byChannel')} size="small">
          <BarChart
            title={t('reports.byChannel')}
            emptyText={empty}
            series={[{ key: 'received', label: t('reports.received'), color: BLUE }]}
            rows={stats.byChannel.map((channel) => ({
              key: channel.channel,
              label: t(channelKey(channel.channel)),
              values: [channel.received],
            }))}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('reports.satisfaction')} size="small">
          <Typography.Paragraph strong>
            {t('reports.satisfactionRate', {
              rate: satisfaction.rate === null ? '—' : formatPercent(satisfaction.rate / 100, lang),
            })}
          </Typography.Paragraph>
          <BarChart
            title={t('reports.satisfaction')}
            emptyText={empty}
            series={[{ key: 'ratings', label: t('reports.ratings'), color: AMBER }]}
            rows={[
              { key: 'very_satisfied', label: t('rating.very_satisfied'), values: [satisfaction.very_satisfied] },
              { key: 'satisfied', label: t('rating.satisfied'), values: [satisfaction.satisfied] },
              { key: 'unsatisfied', label: t('rating.unsatisfied'), values: [satisfaction.unsatisfied] },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
