import type { Role } from '@motcua/workflow';
import type { MessageKey } from '../i18n/translate.ts';

/**
 * The console's screens, addressed by the URL hash (`/console/#/applications/CODE?status=…`) so the
 * server needs no fallback route and the back button works.
 */
export type Screen = 'applications' | 'dossier' | 'intake' | 'chats' | 'catalog' | 'reports' | 'admin' | 'login';

/** A parsed hash: the screen, the path segments after it, and its query. */
export interface Route {
  screen: Screen;
  /** Path segments after the screen's own: the dossier code, the admin tab… */
  segments: string[];
  params: URLSearchParams;
}

const DEFAULT_SCREEN: Screen = 'applications';

interface MenuEntry {
  screen: Screen;
  label: MessageKey;
  /** Shown to officers holding one of these roles; to everyone when absent. */
  roles?: readonly Role[];
}

export const menuScreens = [
  { screen: 'applications', label: 'nav.applications', roles: ['intake', 'processor', 'leader'] },
  { screen: 'intake', label: 'nav.intake', roles: ['intake'] },
  { screen: 'chats', label: 'nav.chats', roles: ['intake', 'processor', 'leader'] },
  { screen: 'catalog', label: 'nav.catalog' },
  { screen: 'reports', label: 'nav.reports', roles: ['leader', 'admin', 'intake', 'processor'] },
  { screen: 'admin', label: 'nav.admin', roles: ['admin'] },
] as const satisfies readonly MenuEntry[];

const screens: readonly Screen[] = [
  'applications',
  'dossier',
  'intake',
  'chats',
  'catalog',
  'reports',
  'admin',
  'login',
];

function isScreen(value: string): value is Screen {
  return (screens as readonly string[]).includes(value);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `#/applications/000.00.00.H53-260105-0001` is the dossier screen; `#/applications?…` the inbox. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const [first = '', ...rest] = path.split('/').filter((part) => part !== '');
  const segments = rest.map(decode);
  if (first === 'applications' && segments.length > 0) return { screen: 'dossier', segments, params };
  return { screen: isScreen(first) ? first : DEFAULT_SCREEN, segments, params };
}

/** The hash of a screen; `dossier` takes the dossier code as its first segment. */
export function hrefFor(screen: Screen, segments: readonly string[] = [], params?: URLSearchParams): string {
  const base = screen === 'dossier' ? 'applications' : screen;
  const path = [base, ...segments.map((segment) => encodeURIComponent(segment))].join('/');
  const query = params?.toString() ?? '';
  return `#/${path}${query === '' ? '' : `?${query}`}`;
}

/** The hash of one dossier's page. */
export function dossierHref(code: string): string {
  return hrefFor('dossier', [code]);
}
