import { useCallback } from 'react';
import { AnimationRoutes, App as ZaUiApp, ZMPRouter } from 'zmp-ui';
import { SessionProvider } from './features/account/session-context.tsx';
import { SavedDossiersProvider } from './features/dossiers/saved-dossiers.tsx';
import { DraftsProvider } from './features/filing/drafts-context.tsx';
import { I18nProvider } from './i18n/i18n-provider.tsx';
import type { Lang } from './i18n/translate.ts';
import { PlatformContext } from './platform/platform-context.tsx';
import type { Platform } from './platform/platform.ts';
import { appRoutes, DeepLinks } from './routes.tsx';

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
        <SessionProvider>
          <SavedDossiersProvider>
            <DraftsProvider>
              <ZaUiApp>
                <ZMPRouter memoryRouter={platform.kind !== 'zalo'}>
                  {platform.kind === 'web' && <DeepLinks />}
                  <AnimationRoutes>{appRoutes}</AnimationRoutes>
                </ZMPRouter>
              </ZaUiApp>
            </DraftsProvider>
          </SavedDossiersProvider>
        </SessionProvider>
      </I18nProvider>
    </PlatformContext.Provider>
  );
}
