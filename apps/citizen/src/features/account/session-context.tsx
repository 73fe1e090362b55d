import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useStoredState } from '../../lib/use-stored-state.ts';
import { usePlatform } from '../../platform/platform-context.tsx';
import { deleteSession, type CitizenProfile } from './api.ts';

export const SESSION_STORAGE_KEY = 'session.v1';

function parseProfile(stored: unknown): CitizenProfile | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  if (typeof record.phone !== 'string') return null;
  return typeof record.name === 'string' ? { phone: record.phone, name: record.name } : { phone: record.phone };
}

interface SessionApi {
  /**
   * Who signed in on this device. The session itself is the server's httpOnly cookie; this is
   * only what to greet them with, forgotten when the server says the session is gone.
   */
  profile: CitizenProfile | null;
  ready: boolean;
  signedIn: (profile: CitizenProfile) => void;
  /** The server no longer knows the session (expired): forget it here too. */
  expired: () => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const { value, ready, update } = useStoredState(platform.storage, SESSION_STORAGE_KEY, parseProfile, null);

  const signedIn = useCallback((profile: CitizenProfile) => update(() => profile), [update]);
  const expired = useCallback(() => update(() => null), [update]);
  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      update(() => null);
    }
  }, [update]);

  const api = useMemo(
    () => ({ profile: value, ready, signedIn, expired, signOut }),
    [value, ready, signedIn, expired, signOut],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession must be used inside <SessionProvider>');
  return api;
}
