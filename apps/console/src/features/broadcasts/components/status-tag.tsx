import { Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { BroadcastStatus } from '../types.ts';

const colors: Record<BroadcastStatus, string> = {
  scheduled: 'blue',
  sending: 'gold',
  sent: 'green',
  cancelled: 'default',
};

export function BroadcastStatusTag({ status }: { status: BroadcastStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={colors[status]} className="status-tag">
      {t(`broadcasts.status.${status}`)}
    </Tag>
  );
}
