import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { newId } from '../../lib/ids.ts';
import { useStoredState } from '../../lib/use-stored-state.ts';
import { usePlatform } from '../../platform/platform-context.tsx';
import { parseDrafts, type Draft } from './draft.ts';

export const DRAFTS_STORAGE_KEY = 'drafts.v1';

interface DraftsApi {
  drafts: readonly Draft[];
  ready: boolean;
  /** Starts a draft for a procedure and answers its id. */
  create: (procedure: { code: string; name: string; caseKeys: readonly string[] }) => string;
  change: (id: string, change: (draft: Draft) => Draft) => void;
  remove: (id: string) => void;
}

const DraftsContext = createContext<DraftsApi | null>(null);

export function DraftsProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const {
    value: drafts,
    ready,
    update,
  } = useStoredState<Draft[]>(platform.storage, DRAFTS_STORAGE_KEY, parseDrafts, []);

  const create = useCallback<DraftsApi['create']>(
    (procedure) => {
      const now = new Date().toISOString();
      const single = procedure.caseKeys.length === 1 ? (procedure.caseKeys[0] ?? null) : null;
      const draft: Draft = {
        id: newId(),
        procedureCode: procedure.code,
        procedureName: procedure.name,
        caseKey: single,
        form: {},
        attachments: [],
        contact: {},
        step: single === null ? 'case' : 'form',
        idempotencyKey: newId(),
        createdAt: now,
        updatedAt: now,
      };
      update((current) => [draft, ...current]);
      return draft.id;
    },
    [update],
  );

  const change = useCallback<DraftsApi['change']>(
    (id, apply) => {
      const now = new Date().toISOString();
      update((current) => current.map((draft) => (draft.id === id ? { ...apply(draft), updatedAt: now } : draft)));
    },
    [update],
  );

  const remove = useCallback<DraftsApi['remove']>(
    (id) => {
      update((current) => current.filter((draft) => draft.id !== id));
    },
    [update],
  );

  const api = useMemo(() => ({ drafts, ready, create, change, remove }), [drafts, ready, create, change, remove]);
  return <DraftsContext.Provider value={api}>{children}</DraftsContext.Provider>;
}

export function useDrafts(): DraftsApi {
  const api = useContext(DraftsContext);
  if (!api) throw new Error('useDrafts must be used inside <DraftsProvider>');
  return api;
}
