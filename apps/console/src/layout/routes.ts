import type { MessageKey } from '../i18n/translate.ts';

/** The console's screens, addressed by the URL hash (`/console/#/catalog`) so the server needs no fallback. */
export type Screen = 'applications' | 'intake' | 'catalog' | 'reports' | 'admin' | 'login';

const DEFAULT_SCREEN: Screen = 'catalog';

export const menuScreens = [
  { screen: 'applications', label: 'nav.applications' },
  { screen: 'intake', label: 'nav.intake' },
  { screen: 'catalog', label: 'nav.catalog' },
  { screen: 'reports', label: 'nav.reports' },
  { screen: 'admin', label: 'nav.admin' },
] as const satisfies readonly { screen: Screen; label: MessageKey }[];

const screens: readonly Screen[] = ['applications', 'intake', 'catalog', 'reports', 'admin', 'login'];

function isScreen(value: string): value is Screen {
  return (screens as readonly string[]).includes(value);
}

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isScreen(name) ? name : DEFAULT_SCREEN;
}

export function hashFor(screen: Screen): string {
  return `#/${screen}`;
}
