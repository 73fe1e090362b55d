import type { OfficerProfile } from '@motcua/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, ConfigProvider, Result, Skeleton } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { LoginPage } from '../features/auth/login-page.tsx';
import { hasAnyRole, useLogout, useSession, watchSessionExpiry } from '../features/auth/session.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../lib/error-message.ts';
import { accessibleTheme } from './accessible-theme.ts';
import { AppLayout } from './app-layout.tsx';
import { hrefFor, type Route } from './routes.ts';
import { navigate, replaceHash, useRoute } from './use-screen.ts';

// Screens load on demand: antd's table, form and drawer are most of the console's weight.
const InboxPage = lazy(() =>
  import('../features/applications/components/inbox-page.tsx').then((m) => ({ default: m.InboxPage })),
);
const DossierPage = lazy(() =>
  import('../features/applications/components/dossier-page.tsx').then((m) => ({ default: m.DossierPage })),
);
const IntakePage = lazy(() =>
  import('../features/intake/components/intake-page.tsx').then((m) => ({ default: m.IntakePage })),
);
const ChatPage = lazy(() => import('../features/chat/components/chat-page.tsx').then((m) => ({ default: m.ChatPage })));
const CatalogPage = lazy(() =>
  import('../features/procedures/components/catalog-page.tsx').then((m) => ({ default: m.CatalogPage })),
);
const DashboardPage = lazy(() =>
  import('../features/reports/components/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const AdminPage = lazy(() =>
  import('../features/admin/components/admin-page.tsx').then((m) => ({ default: m.AdminPage })),
);

/** Where an officer lands: administrators have no dossiers, everyone else starts at the inbox. */
export function homeHref(officer: OfficerProfile | null): string {
  if (officer && !hasAnyRole(officer, ['intake', 'processor', 'leader'])) return hrefFor('admin');
  return hrefFor('applications');
}

function NoAccess() {
  const { t } = useI18n();
  return <Result status="403" title={t('app.noAccess')} />;
}

function ScreenView({ route, officer }: { route: Route; officer: OfficerProfile }) {
  switch (route.screen) {
    case 'applications':
      return hasAnyRole(officer, ['intake', 'processor', 'leader']) ? <InboxPage route={route} /> : <NoAccess />;
    case 'dossier':
      return <DossierPage code={route.segments[0] ?? ''} />;
    case 'intake':
      return hasAnyRole(officer, ['intake']) ? <IntakePage route={route} /> : <NoAccess />;
    case 'chats':
      return hasAnyRole(officer, ['intake', 'processor', 'leader']) ? <ChatPage route={route} /> : <NoAccess />;
    case 'catalog':
      return <CatalogPage />;
    case 'reports':
      return <DashboardPage route={route} />;
    case 'admin':
      return hasAnyRole(officer, ['admin']) ? <AdminPage route={route} /> : <NoAccess />;
    case 'login':
      return null;
  }
}

function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={t(errorMessageKey(error))}
      action={
        <Button size="small" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      }
    />
  );
}

/** The signed-in console: the session decides between the sign-in page and the screen in the hash. */
export function Shell() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const session = useSession();
  const logout = useLogout();
  const [route] = useRoute();
  const officer = session.data?.officer ?? null;

  useEffect(
    () => watchSessionExpiry(queryClient, () => void message.warning(t('app.sessionExpired'))),
    [queryClient, message, t],
  );
  useEffect(() => {
    if (officer && window.location.hash === '') replaceHash(homeHref(officer));
  }, [officer]);

  const signedOut = session.data === null || route.screen === 'login';
  let content;
  if (session.isPending) content = <Skeleton active aria-label={t('app.loadingSession')} />;
  else if (session.isError) content = <SessionError error={session.error} onRetry={() => void session.refetch()} />;
  else if (signedOut || officer === null)
    content = (
      <LoginPage
        onSignedIn={(signedIn) => {
          if (route.screen === 'login') navigate(homeHref(signedIn));
        }}
      />
    );
  else content = <ScreenView route={route} officer={officer} />;

  return (
    <ConfigProvider theme={accessibleTheme}>
      <AppLayout
        screen={route.screen}
        officer={signedOut ? null : officer}
        onNavigate={navigate}
        onSignOut={() => {
          logout.mutate(undefined, { onSettled: () => navigate(hrefFor('login')) });
        }}
      >
        <Suspense fallback={<Skeleton active />}>{content}</Suspense>
      </AppLayout>
    </ConfigProvider>
  );
}
