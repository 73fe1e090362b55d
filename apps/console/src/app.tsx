import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Skeleton } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nProvider, useI18n } from './i18n/i18n-provider.tsx';
import type { Lang } from './i18n/translate.ts';
import { ApiError } from './lib/http.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { ComingSoon } from './layout/coming-soon.tsx';
import { menuScreens, type Screen } from './layout/routes.ts';
import { useScreen } from './layout/use-screen.ts';

// Screens load on demand: antd's table, form and drawer are most of the console's weight.
const CatalogPage = lazy(() =>
  import('./features/procedures/components/catalog-page.tsx').then((module) => ({ default: module.CatalogPage })),
);
const LoginPage = lazy(() =>
  import('./features/auth/login-page.tsx').then((module) => ({ default: module.LoginPage })),
);

/** Client errors (4xx) will not change on a retry; network and server errors may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

function ScreenView({ screen, go }: { screen: Screen; go: (screen: Screen) => void }) {
  const { t } = useI18n();
  switch (screen) {
    case 'catalog':
      return <CatalogPage />;
    case 'login':
      return (
        <LoginPage
          onSignedIn={() => {
            go('applications');
          }}
        />
      );
    case 'applications':
    case 'intake':
    case 'reports':
    case 'admin': {
      const entry = menuScreens.find((item) => item.screen === screen);
      return <ComingSoon name={entry ? t(entry.label) : screen} />;
    }
  }
}

/** antd's grey texts (secondary, help, optional marks) sit below WCAG AA contrast; darken them. */
const theme = {
  token: {
    colorPrimary: '#0b4fd1',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#5f5f5f',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
  },
};

function Shell() {
  const { lang } = useI18n();
  const [screen, go] = useScreen();
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <AppLayout screen={screen} onNavigate={go}>
          <Suspense fallback={<Skeleton active />}>
            <ScreenView screen={screen} go={go} />
          </Suspense>
        </AppLayout>
      </AntApp>
    </ConfigProvider>
  );
}

interface AppProps {
  queryClient?: QueryClient;
  initialLang?: Lang;
}

export function App({ queryClient, initialLang = 'vi' }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={initialLang}>
        <Shell />
      </I18nProvider>
    </QueryClientProvider>
  );
}
