import { Divider, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ApiKeysSection } from './api-keys-section.tsx';
import { ExportSection } from './export-section.tsx';
import { WebhooksSection } from './webhooks-section.tsx';
import '../integrations.css';

/** The admin's integrations tab: API keys, webhook endpoints with their delivery logs, the export. */
export function IntegrationsPanel() {
  const { t } = useI18n();
  return (
    <section aria-label={t('admin.tab.integrations')}>
      <Typography.Paragraph>{t('integrations.intro')}</Typography.Paragraph>
      <ApiKeysSection />
      <Divider />
      <WebhooksSection />
      <Divider />
      <ExportSection />
    </section>
  );
}
