import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatFee, formatProcessingTime } from '../../../lib/format.ts';
import type { ChannelRule } from '../types.ts';

/** "Cách thức thực hiện": the time limit and the fee can differ per channel. */
export function ChannelRules({ channels }: { channels: ChannelRule[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="channels">
      {channels.map((rule) => (
        <li key={rule.channel} className="channels__item">
          <span className="channels__name">{t(`channel.${rule.channel}`)}</span>
          <span>
            {t('procedure.processingTime')}:{' '}
            {rule.processingTime.text ?? formatProcessingTime(rule.processingTime, lang)}
          </span>
          <span>
            {t('procedure.fee')}: {formatFee(rule.fee, lang)}
          </span>
          {rule.note && <span className="channels__note">{rule.note}</span>}
        </li>
      ))}
    </ul>
  );
}
