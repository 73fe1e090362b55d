import '../../eform/components/eform.css';
import './dossiers.css';
import { Box, Page, useNavigate } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { paths } from '../../../paths.ts';
import { LookupForm } from './lookup-form.tsx';

/** "Tra cứu hồ sơ": follow any dossier with the code and key on its receipt. */
export function LookupPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Page className="page">
      <AppBar title={t('lookup.title')} showBack />
      <Box className="content" p={4}>
        <p className="intro">{t('lookup.intro')}</p>
        <LookupForm onFound={(code) => navigate(paths.dossier(code), { replace: true })} />
      </Box>
    </Page>
  );
}
