import { Alert, DatePicker, Form, Radio, TimePicker } from 'antd';
import type { RuleObject } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { MAX_AHEAD_DAYS, type ComposeValues, type SendWhen } from '../compose-body.ts';
import { isFuture, isNightHour, scheduledAtOf, vietnamHour } from '../schedule.ts';
import { useComposeValue } from './use-compose-value.ts';

const DAY = 'YYYY-MM-DD';
const TIME = 'HH:mm';

/** The form keeps `YYYY-MM-DD` and `HH:mm`; the pickers show and take `dd/MM/yyyy` and `HH:mm`. */
const dayProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' ? dayjs(value, DAY) : undefined }),
  normalize: (value: Dayjs | null) => value?.format(DAY),
};
const timeProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' ? dayjs(value, TIME) : undefined }),
  normalize: (value: Dayjs | null) => value?.format(TIME),
};

function tooFar(iso: string, now: Date): boolean {
  return Date.parse(iso) > now.getTime() + MAX_AHEAD_DAYS * 86_400_000;
}

/** Whether the send would fall in Zalo's night hours, when no notification is pushed. */
function atNight(when: SendWhen | undefined, time: string | undefined): boolean {
  if (when === 'later') return time !== undefined && isNightHour(Number(time.slice(0, 2)));
  return isNightHour(vietnamHour(new Date()));
}

/** "Gửi ngay" or "Hẹn giờ" on a day and at a time ahead (Vietnam's clock), warned about night hours. */
export function ScheduleFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<ComposeValues>();
  const when = useComposeValue('when', form);
  const time = useComposeValue('scheduleTime', form);
  const checkMoment = (_rule: RuleObject, value: unknown) => {
    const day = form.getFieldValue('scheduleDay') as unknown;
    if (typeof day !== 'string' || typeof value !== 'string') return Promise.resolve();
    const iso = scheduledAtOf(day, value);
    const now = new Date();
    if (!isFuture(iso, now)) return Promise.reject(new Error(t('broadcasts.form.mustBeFuture')));
    if (tooFar(iso, now)) return Promise.reject(new Error(t('broadcasts.form.tooFar', { days: MAX_AHEAD_DAYS })));
    return Promise.resolve();
  };
  return (
    <fieldset className="broadcasts__fieldset">
      <legend>{t('broadcasts.form.when')}</legend>
      <Form.Item name="when" noStyle>
        <Radio.Group
          options={[
            { value: 'now', label: t('broadcasts.form.now') },
            { value: 'later', label: t('broadcasts.form.later') },
          ]}
        />
      </Form.Item>
      {when === 'later' && (
        <div className="broadcasts__schedule">
          <Form.Item
            name="scheduleDay"
            label={t('broadcasts.form.day')}
            rules={[{ required: true, message: t('broadcasts.form.dayRequired') }]}
            {...dayProps}
          >
            <DatePicker
              format="DD/MM/YYYY"
              placeholder="dd/mm/yyyy"
              disabledDate={(day) => day.isBefore(dayjs(), 'day') || day.isAfter(dayjs().add(MAX_AHEAD_DAYS, 'day'))}
            />
          </Form.Item>
          <Form.Item
            name="scheduleTime"
            label={t('broadcasts.form.time')}
            dependencies={['scheduleDay']}
            rules={[{ required: true, message: t('broadcasts.form.timeRequired') }, { validator: checkMoment }]}
            {...timeProps}
          >
            <TimePicker format={TIME} placeholder="hh:mm" needConfirm={false} />
          </Form.Item>
        </div>
      )}
      {atNight(when, time) && <Alert type="warning" showIcon title={t('broadcasts.form.night')} />}
    </fieldset>
  );
}
