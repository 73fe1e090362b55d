import { lazy, Suspense, useEffect, useRef } from 'react';
import { Page, Route, useNavigate } from 'zmp-ui';
import { Loading } from '../../components/request-status.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { HomePage } from './components/home-page.tsx';
import { readProcedureLink } from './deep-link.ts';
import { paths } from '../../paths.ts';

const ProcedureDetailPage = lazy(() =>
  import('./components/procedure-detail-page.tsx').then((module) => ({ default: module.ProcedureDetailPage })),
);

function DetailFallback() {
  const { t } = useI18n();
  return (
    <Page className="page">
      <Loading label={t('procedure.loading')} />
    </Page>
  );
}

/** Opens the procedure named in a shared link (`?procedure=<code>`) once, on start. */
export function ProcedureLinkOpener() {
  const navigate = useNavigate();
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    const code = readProcedureLink();
    if (code !== null) navigate(paths.detail(code));
  }, [navigate]);
  return null;
}

export const procedureRoutes = [
  <Route key="home" path={paths.home} element={<HomePage />} />,
  <Route
    key="detail"
    path={paths.detailPattern}
    element={
      <Suspense fallback={<DetailFallback />}>
        <ProcedureDetailPage />
      </Suspense>
    }
  />,
];
