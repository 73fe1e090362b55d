import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState } from 'react';
import { I18nProvider, useI18n } from './i18n/i18n-provider.tsx';
import type { Lang } from './i18n/translate.ts';
import { ApiError } from './lib/http.ts';
import { Shell } from './layout/shell.tsx';

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

function Localized() {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <Shell />
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
        <Localized />
      </I18nProvider>
    </QueryClientProvider>
  );
}
