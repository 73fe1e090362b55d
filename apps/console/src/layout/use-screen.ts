import { useCallback, useSyncExternalStore } from 'react';
import { hashFor, screenFromHash, type Screen } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

function currentHash(): string {
  return window.location.hash;
}

/** The screen named in the URL hash, and a way to go to another one (back button included). */
export function useScreen(): [Screen, (screen: Screen) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const go = useCallback((screen: Screen) => {
    window.location.hash = hashFor(screen);
  }, []);
  return [screenFromHash(hash), go];
}
