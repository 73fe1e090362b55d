import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey, problemText } from '../../../lib/error-message.ts';
import { formatDay } from '../../../lib/format.ts';
import { deleteCalendarDay, putCalendarDay } from '../api.ts';
import { adminKeys, useCalendar } from '../queries.ts';
import type { CalendarDayItem, CalendarDayKind } from '../types.ts';

interface DayValues {
  day?: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

function DayModal({ entry, year, onClose }: { entry: CalendarDayItem | null; year: number; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DayValues>();
  const save = useMutation({
    mutationFn: ({ day, kind, name }: DayValues) =>
      putCalendarDay((day ?? dayjs()).format('YYYY-MM-DD'), { kind, name: name.trim() }),
    onSuccess: async (saved) => {
      void message.success(t('calendar.saved', { day: formatDay(saved.day) }));
      await queryClient.invalidateQueries({ queryKey: adminKeys.calendar(Number(saved.day.slice(0, 4))) });
      onClose();
    },
  });
  const title = entry ? t('calendar.edit', { day: formatDay(entry.day) }) : t('calendar.add');
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('admin.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(save.error, t)} />}
      <Form<DayValues>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={
          entry
            ? { day: dayjs(entry.day), kind: entry.kind, name: entry.name }
            : { kind: 'holiday', day: dayjs(`${String(year)}-01-01`) }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="day"
          label={t('calendar.day')}
          rules={[{ required: true, message: t('calendar.dayRequired') }]}
        >
          <DatePicker format="DD/MM/YYYY" disabled={entry !== null} aria-label={t('calendar.day')} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Radio.Group
            options={[
              { value: 'holiday', label: t('calendar.holiday') },
              { value: 'workday', label: t('calendar.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.name')}
          rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }]}
        >
          <Input maxLength={200} placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function KindTag({ entry }: { entry: CalendarDayItem }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={entry.kind === 'holiday' ? 'red' : 'green'}>
        {t(entry.kind === 'holiday' ? 'calendar.holiday' : 'calendar.workday')}
      </Tag>
      {entry.source === 'estimated' && <Tag color="gold">{t('calendar.estimated')}</Tag>}
    </Space>
  );
}

/**
 * The working calendar: holidays and days off in lieu, and make-up working days on weekends, year
 * by year. Due dates computed from now on count with it.
 */
export function CalendarPanel() {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(() => dayjs().year());
  const [editing, setEditing] = useState<CalendarDayItem | 'new' | null>(null);
  const calendar = useCalendar(year);
  const remove = useMutation({
    mutationFn: (day: string) => deleteCalendarDay(day),
    onSuccess: async () => {
      void message.success(t('calendar.removed'));
      await queryClient.invalidateQueries({ queryKey: adminKeys.calendar(year) });
    },
    onError: (error) => void message.error(problemText(error, t)),
  });
  const weekday = (day: string) =>
    dayjs(day)
      .locale(lang === 'vi' ? 'vi' : 'en')
      .format('dddd');
  const columns: ColumnsType<CalendarDayItem> = [
    {
      key: 'day',
      title: t('calendar.day'),
      width: 200,
      render: (_, entry) => `${formatDay(entry.day)} (${weekday(entry.day)})`,
    },
    { key: 'kind', title: t('calendar.kind'), width: 220, render: (_, entry) => <KindTag entry={entry} /> },
    { key: 'name', title: t('calendar.name'), dataIndex: 'name' },
    {
      key: 'actions',
      title: t('admin.actions'),
      width: 180,
      render: (_, entry) => (
        <Space>
          <Button
            size="small"
            onClick={() => setEditing(entry)}
            aria-label={t('calendar.edit', { day: formatDay(entry.day) })}
          >
            {t('admin.edit')}
          </Button>
          <Popconfirm
            title={t('calendar.removeConfirm', { day: formatDay(entry.day) })}
            onConfirm={() => remove.mutate(entry.day)}
            okText={t('calendar.remove')}
            cancelText={t('action.cancel')}
          >
            <Button size="small" danger aria-label={t('calendar.removeNamed', { day: formatDay(entry.day) })}>
              {t('calendar.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  const thisYear = dayjs().year();
  return (
    <section aria-label={t('admin.tab.calendar')}>
      <Space wrap className="admin__toolbar">
        <Select
          aria-label={t('calendar.year')}
          value={year}
          onChange={setYear}
          options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((value) => ({
            value,
            label: String(value),
          }))}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('calendar.add')}
        </Button>
      </Space>
      {calendar.isError && <Alert type="error" showIcon title={t(errorMessageKey(calendar.error))} />}
      <Table<CalendarDayItem>
        rowKey="day"
        size="small"
        columns={columns}
        dataSource={[...(calendar.data ?? [])].sort((a, b) => a.day.localeCompare(b.day))}
        loading={calendar.isFetching}
        pagination={false}
        locale={{ emptyText: t('calendar.none') }}
      />
      {editing !== null && (
        <DayModal entry={editing === 'new' ? null : editing} year={year} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
