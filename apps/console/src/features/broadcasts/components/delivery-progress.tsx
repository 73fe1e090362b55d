import { Progress, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatCount, formatPercent } from '../../../lib/format.ts';
import { deliveryProgress } from '../progress.ts';
import type { Broadcast } from '../types.ts';

/** Recipients settled out of those chosen, as a bar and in words (`42,5% · 425/1.000 người nhận`). */
export function DeliveryProgress({ broadcast }: { broadcast: Broadcast }) {
  const { t, lang } = useI18n();
  const { done, total, share } = deliveryProgress(broadcast);
  if (share === null || total === null) {
    const key = broadcast.status === 'cancelled' ? 'broadcasts.progress.none' : 'broadcasts.progress.notStarted';
    return <Typography.Text type="secondary">{t(key)}</Typography.Text>;
  }
  const percent = formatPercent(share, lang);
  return (
    <div className="broadcasts__progress">
      <Progress
        percent={Math.round(share * 1000) / 10}
        size="small"
        showInfo={false}
        status={broadcast.status === 'sending' ? 'active' : 'normal'}
        aria-label={t('broadcasts.progress.label', { percent })}
      />
      <Typography.Text>
        {percent} · {t('broadcasts.progress.count', { done: formatCount(done), total: formatCount(total) })}
      </Typography.Text>
    </div>
  );
}
