import type { OfficerProfile } from '@motcua/contracts';
import type { Role } from '@motcua/workflow';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../../lib/http.ts';
import { getSession, logout, type OfficerSession } from './api.ts';

export const sessionKey = ['session'] as const;

/** Remembers the session's CSRF token for writes, and the officer for every screen. */
export function storeSession(queryClient: QueryClient, session: OfficerSession | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionKey, session);
}

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      const session = await getSession(signal);
      setCsrfToken(session?.csrfToken ?? null);
      return session;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** The signed-in officer; screens behind sign-in only render once the session is known. */
export function useOfficer(): OfficerProfile | null {
  return useSession().data?.officer ?? null;
}

export function hasAnyRole(officer: OfficerProfile | null, roles: readonly Role[]): boolean {
  return officer !== null && officer.roles.some((grant) => roles.includes(grant.role));
}

/** Whether an error says the session has ended (expired, revoked, idle): the console asks to sign in again. */
export function isSessionExpired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.problem.code === 'AUTH.UNAUTHENTICATED';
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      storeSession(queryClient, null);
    },
  });
}

/**
 * Watches every query and command: when one answers that the session has ended, the console forgets
 * the officer (the sign-in page shows) and says why once.
 */
export function watchSessionExpiry(queryClient: QueryClient, onExpired: () => void): () => void {
  const expire = (error: unknown) => {
    if (!isSessionExpired(error) || queryClient.getQueryData(sessionKey) === null) return;
    storeSession(queryClient, null);
    onExpired();
  };
  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') expire(event.action.error);
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.mutation.state.status === 'error') expire(event.mutation.state.error);
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}
