import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useStoredState } from '../../lib/use-stored-state.ts';
import { usePlatform } from '../../platform/platform-context.tsx';
import { setBearerToken } from '../../lib/http.ts';
import { deleteSession, type CitizenProfile } from './api.ts';

export const SESSION_STORAGE_KEY = 'session.v1';

/** What the device keeps: who signed in and, inside Zalo, the bearer token of their session. */
export interface StoredSession extends CitizenProfile {
  token?: string;
}

function parseProfile(stored: unknown): StoredSession | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  if (typeof record.phone !== 'string') return null;
  return {
    phone: record.phone,
    ...(typeof record.name === 'string' ? { name: record.name } : {}),
    ...(typeof record.token === 'string' ? { token: record.token } : {}),
  };
}

interface SessionApi {
  /**
   * Who signed in on this device. The session itself is the server's httpOnly cookie on the web,
   * a bearer token inside Zalo; this is what to greet them with, forgotten when the server says
   * the session is gone.
   */
  profile: CitizenProfile | null;
  ready: boolean;
  /** Remembers who signed in; inside Zalo with the bearer token the server gave. */
  signedIn: (session: StoredSession) => void;
  /** The server no longer knows the session (expired): forget it here too. */
  expired: () => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const { value, ready, update } = useStoredState(platform.storage, SESSION_STORAGE_KEY, parseProfile, null);
  // Set while rendering, not in an effect: the screens below read their data in their own effects,
  // which run before this provider's, and must already carry the token.
  setBearerToken(value?.token ?? null);

  const signedIn = useCallback(
    (session: StoredSession) => {
      setBearerToken(session.token ?? null);
      update(() => session);
    },
    [update],
  );
  const expired = useCallback(() => update(() => null), [update]);
  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      setBearerToken(null);
      update(() => null);
    }
  }, [update]);

  const profile = useMemo<CitizenProfile | null>(
    () => (value ? { phone: value.phone, ...(value.name !== undefined ? { name: value.name } : {}) } : null),
    [value],
  );
  const api = useMemo(
    () => ({ profile, ready, signedIn, expired, signOut }),
    [profile, ready, signedIn, expired, signOut],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession must be used inside <SessionProvider>');
  return api;
}
