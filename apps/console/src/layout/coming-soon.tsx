import { Result } from 'antd';
import { useI18n } from '../i18n/i18n-provider.tsx';

export function ComingSoon({ name }: { name: string }) {
  const { t } = useI18n();
  return <Result status="info" title={t('comingSoon.title')} subTitle={t('comingSoon.body', { name })} />;
}
