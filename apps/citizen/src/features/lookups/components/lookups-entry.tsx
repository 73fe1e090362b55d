import { Button, useNavigate } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { paths } from '../../../paths.ts';

/** The way from the home screen to the civic look-ups. */
export function LookupsEntry() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <section className="home-section">
      <Button variant="secondary" size="small" fullWidth onClick={() => navigate(paths.lookups)}>
        {t('civic.entry')}
      </Button>
    </section>
  );
}
