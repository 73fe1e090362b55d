import { Alert, DatePicker, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { dossierHref } from '../../../layout/routes.ts';
import { useVisits } from '../queries.ts';
import type { Visit } from '../types.ts';

function clock(at: string): string {
  return formatDateTime(at).slice(11);
}

/** The day's booked visits at the officer's desks, in time order. */
export function VisitsPanel() {
  const { t } = useI18n();
  const [day, setDay] = useState(() => dayjs().format('YYYY-MM-DD'));
  const visits = useVisits(day);
  const columns: ColumnsType<Visit> = [
    {
      key: 'time',
      title: t('visits.time'),
      width: 130,
      render: (_, visit) => `${clock(visit.start)}–${clock(visit.end)}`,
    },
    { key: 'applicant', title: t('dossier.applicant'), dataIndex: 'applicantName' },
    { key: 'procedure', title: t('dossier.procedure'), dataIndex: 'procedureName' },
    {
      key: 'code',
      title: t('dossier.code'),
      render: (_, visit) => (visit.code ? <a href={dossierHref(visit.code)}>{visit.code}</a> : '—'),
    },
    { key: 'status', title: t('dossier.status'), dataIndex: 'status' },
  ];
  return (
    <section aria-labelledby="visits-title">
      <Space wrap align="center" className="intake__toolbar">
        <Typography.Title id="visits-title" level={2} className="subsection-title">
          {t('visits.title')}
        </Typography.Title>
        <DatePicker
          aria-label={t('visits.day')}
          format="DD/MM/YYYY"
          allowClear={false}
          value={dayjs(day)}
          onChange={(value) => {
            if (value) setDay(value.format('YYYY-MM-DD'));
          }}
        />
      </Space>
      {visits.isError && <Alert type="error" showIcon title={t(errorMessageKey(visits.error))} />}
      <Table<Visit>
        rowKey={(visit) => `${visit.start}-${visit.applicantName}`}
        size="small"
        columns={columns}
        dataSource={visits.data ?? []}
        loading={visits.isFetching}
        pagination={false}
        locale={{ emptyText: t('visits.none') }}
      />
    </section>
  );
}
