import { useCallback } from 'react';
import { AnimationRoutes, App as ZaUiApp, ZMPRouter } from 'zmp-ui';
import { ProcedureLinkOpener, procedureRoutes } from './features/procedures/routes.tsx';
import { I18nProvider } from './i18n/i18n-provider.tsx';
import type { Lang } from './i18n/translate.ts';
import { PlatformContext } from './platform/platform-context.tsx';
import type { Platform } from './platform/platform.ts';

export const LANG_STORAGE_KEY = 'lang';

interface AppProps {
  platform: Platform;
  initialLang?: Lang;
}

/**
 * Inside Zalo the router follows the Mini App's `/zapps/<app id>` URLs; elsewhere it keeps its
 * history in memory, because zmp-ui's browser router would look for that base path on our origin.
 */
export function App({ platform, initialLang = 'vi' }: AppProps) {
  const saveLang = useCallback(
    (lang: Lang) => {
      void platform.storage.set(LANG_STORAGE_KEY, lang);
    },
    [platform],
  );
  return (
    <PlatformContext.Provider value={platform}>
      <I18nProvider initialLang={initialLang} onLangChange={saveLang}>
        <ZaUiApp>
          <ZMPRouter memoryRouter={platform.kind !== 'zalo'}>
            {platform.kind === 'web' && <ProcedureLinkOpener />}
            <AnimationRoutes>{procedureRoutes}</AnimationRoutes>
          </ZMPRouter>
        </ZaUiApp>
      </I18nProvider>
    </PlatformContext.Provider>
  );
}
