import { Button, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { exportUrl } from '../api.ts';

/** Downloads the dossiers submitted in a period, in the national portal's status coding. */
export function ExportSection() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const href = exportUrl({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), format });
  return (
    <section aria-labelledby="integrations-export">
      <Typography.Title id="integrations-export" level={2} className="integrations__title">
        {t('integrations.export.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('integrations.export.intro')}</Typography.Paragraph>
      <Space wrap className="admin__toolbar">
        <DatePicker.RangePicker
          aria-label={t('integrations.export.period')}
          format="DD/MM/YYYY"
          allowClear={false}
          value={range}
          onChange={(value) => {
            const [from, to] = value ?? [];
            if (from && to) setRange([from, to]);
          }}
        />
        <Select
          aria-label={t('integrations.export.format')}
          value={format}
          onChange={setFormat}
          options={[
            { value: 'csv', label: 'CSV (Excel)' },
            { value: 'json', label: 'JSON' },
          ]}
        />
        <Button type="primary" href={href} download>
          {t('integrations.export.download')}
        </Button>
      </Space>
    </section>
  );
}
