import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Page, Route } from 'zmp-ui';
import { Loading } from './components/request-status.tsx';
import { TrackLinkOpener } from './features/dossiers/components/track-link-opener.tsx';
import { ProcedureLinkOpener, procedureRoutes } from './features/procedures/routes.tsx';
import { useI18n } from './i18n/i18n-provider.tsx';
import { paths } from './paths.ts';

/*
 * Every screen but home is loaded when first opened, so the first load stays small: filing (with
 * the e-form renderer), following a dossier (with the QR encoder), signing in.
 */
const FilingPage = lazy(() =>
  import('./features/filing/components/filing-page.tsx').then((m) => ({ default: m.FilingPage })),
);
const DossierPage = lazy(() =>
  import('./features/dossiers/components/dossier-page.tsx').then((m) => ({ default: m.DossierPage })),
);
const ReceiptPage = lazy(() =>
  import('./features/dossiers/components/receipt-page.tsx').then((m) => ({ default: m.ReceiptPage })),
);
const LookupPage = lazy(() =>
  import('./features/dossiers/components/lookup-page.tsx').then((m) => ({ default: m.LookupPage })),
);
const LookupsPage = lazy(() =>
  import('./features/lookups/components/lookups-page.tsx').then((m) => ({ default: m.LookupsPage })),
);
const SignInPage = lazy(() =>
  import('./features/account/components/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })),
);

function PageFallback() {
  const { t } = useI18n();
  return (
    <Page className="page">
      <Loading label={t('app.loading')} />
    </Page>
  );
}

function lazyRoute(path: string, Screen: LazyExoticComponent<ComponentType>) {
  return (
    <Route
      key={path}
      path={path}
      element={
        <Suspense fallback={<PageFallback />}>
          <Screen />
        </Suspense>
      }
    />
  );
}

export const appRoutes = [
  ...procedureRoutes,
  lazyRoute(paths.draftPattern, FilingPage),
  lazyRoute(paths.lookup, LookupPage),
  lazyRoute(paths.receiptPattern, ReceiptPage),
  lazyRoute(paths.dossierPattern, DossierPage),
  lazyRoute(paths.signIn, SignInPage),
  lazyRoute(paths.lookups, LookupsPage),
];

/** Links that open the web app on a given screen: `?procedure=<code>`, `?track=<code>&key=…`. */
export function DeepLinks() {
  return (
    <>
      <ProcedureLinkOpener />
      <TrackLinkOpener />
    </>
  );
}
