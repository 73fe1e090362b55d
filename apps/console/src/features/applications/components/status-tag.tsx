import { statusLabel, subStatusLabel, type Status, type SubStatus } from '@motcua/workflow';
import { Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';

const colors: Record<Status, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  refused: 'default',
  processing: 'geekblue',
  supplement_requested: 'orange',
  payment_requested: 'gold',
  withdrawal_requested: 'purple',
  stopped: 'default',
  result_ready: 'green',
  returned: 'default',
};

/** A status with its national code's label, and the step inside "Đang xử lý" when there is one. */
export function StatusTag({ status, subStatus }: { status: Status; subStatus?: SubStatus | null }) {
  const { lang } = useI18n();
  const step = subStatus ? ` · ${subStatusLabel(subStatus, lang)}` : '';
  return (
    <Tag color={colors[status]} className="status-tag">
      {statusLabel(status, lang)}
      {step}
    </Tag>
  );
}

/** "Quá hạn": the due date in force has passed without a result (computed, never a status). */
export function OverdueTag() {
  const { t } = useI18n();
  return <Tag color="red">{t('dossier.overdue')}</Tag>;
}
