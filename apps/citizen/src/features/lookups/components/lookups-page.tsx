import './lookups.css';
import { useState } from 'react';
import { Box, Page } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { Loading, RequestError } from '../../../components/request-status.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useRequest } from '../../../lib/use-request.ts';
import { listLookupKinds, type LookupKind } from '../api.ts';
import { LookupSearch } from './lookup-search.tsx';

/** "Tra cứu": the province's civic look-ups — land prices by street, traffic fines by plate, a driving licence. */
export function LookupsPage() {
  const { t } = useI18n();
  const kinds = useRequest('lookup-kinds', (signal) => listLookupKinds(signal));
  const [chosen, setChosen] = useState<LookupKind | undefined>();
  const available = kinds.status === 'success' ? kinds.data.filter((k) => k.available) : [];
  const active = available.find((k) => k.kind === chosen) ?? available[0];

  return (
    <Page className="page">
      <AppBar title={t('civic.title')} showBack />
      <Box className="content" p={4}>
        <p className="intro">{t('civic.intro')}</p>
        {kinds.status === 'loading' && <Loading label={t('app.loading')} />}
        {kinds.status === 'error' && <RequestError error={kinds.error} onRetry={kinds.retry} />}
        {kinds.status === 'success' && available.length === 0 && <p className="notice">{t('civic.none')}</p>}
        {active && (
          <>
            <div className="civic-kinds" role="group" aria-label={t('civic.kinds')}>
              {available.map((k) => (
                <button
                  key={k.kind}
                  type="button"
                  className="civic-kinds__button"
                  aria-pressed={k.kind === active.kind}
                  onClick={() => setChosen(k.kind)}
                >
                  {t(`civic.kind.${k.kind}`)}
                </button>
              ))}
            </div>
            <LookupSearch key={active.kind} info={active} />
          </>
        )}
      </Box>
    </Page>
  );
}
