import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseHash, type Route } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

function currentHash(): string {
  return window.location.hash;
}

/** Goes to a hash made by `hrefFor` (the back button returns). */
export function navigate(href: string): void {
  window.location.hash = href;
}

/**
 * Replaces the current hash without a history entry: filters and pages of a list, so the back
 * button leaves the list instead of stepping through every filter change.
 */
export function replaceHash(href: string): void {
  const url = `${window.location.pathname}${window.location.search}${href}`;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The route named in the URL hash, and a way to go elsewhere. */
export function useRoute(): [Route, (href: string) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const route = useMemo(() => parseHash(hash), [hash]);
  const go = useCallback((href: string) => {
    navigate(href);
  }, []);
  return [route, go];
}

let lastInbox: string | null = null;

/** Remembers the inbox's filters and page, so that leaving a dossier returns to the same list. */
export function rememberInbox(href: string): void {
  lastInbox = href;
}

export function lastInboxHref(fallback: string): string {
  return lastInbox ?? fallback;
}
