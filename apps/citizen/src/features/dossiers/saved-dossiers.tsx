import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useStoredState } from '../../lib/use-stored-state.ts';
import { usePlatform } from '../../platform/platform-context.tsx';

export const DOSSIERS_STORAGE_KEY = 'dossiers.v1';

/**
 * A dossier this device filed or looked up: the code and look-up key printed on its receipt are
 * all it takes to follow it, with no account.
 */
export interface SavedDossier {
  code: string;
  key: string;
  /** The province's slug: a receipt's QR may come from any province. */
  tenant: string;
  procedureName?: string;
  status?: number;
  statusLabel?: string;
  /** Rated on this device (the look-up does not say). */
  rated?: boolean;
  savedAt: string;
}

function isSaved(item: unknown): item is SavedDossier {
  if (typeof item !== 'object' || item === null) return false;
  const record = item as Record<string, unknown>;
  return typeof record.code === 'string' && typeof record.key === 'string' && typeof record.tenant === 'string';
}

function parseSaved(stored: unknown): SavedDossier[] {
  return Array.isArray(stored) ? stored.filter(isSaved) : [];
}

interface SavedDossiersApi {
  dossiers: readonly SavedDossier[];
  ready: boolean;
  /** Adds a dossier or updates what is known of it; the newest comes first. */
  save: (entry: Omit<SavedDossier, 'savedAt'> & Partial<Pick<SavedDossier, 'savedAt'>>) => void;
  /** Updates what is known of a saved dossier (status, rating); unknown codes are ignored. */
  note: (code: string, patch: Partial<Omit<SavedDossier, 'code' | 'key' | 'tenant'>>) => void;
  remove: (code: string) => void;
}

const SavedDossiersContext = createContext<SavedDossiersApi | null>(null);

export function SavedDossiersProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const { value, ready, update } = useStoredState(platform.storage, DOSSIERS_STORAGE_KEY, parseSaved, []);

  const save = useCallback<SavedDossiersApi['save']>(
    (entry) => {
      update((current) => {
        const previous = current.find((d) => d.code === entry.code);
        const merged: SavedDossier = { ...previous, ...entry, savedAt: previous?.savedAt ?? new Date().toISOString() };
        return previous ? current.map((d) => (d.code === entry.code ? merged : d)) : [merged, ...current];
      });
    },
    [update],
  );

  const note = useCallback<SavedDossiersApi['note']>(
    (code, patch) => update((current) => current.map((d) => (d.code === code ? { ...d, ...patch } : d))),
    [update],
  );

  const remove = useCallback<SavedDossiersApi['remove']>(
    (code) => update((current) => current.filter((d) => d.code !== code)),
    [update],
  );

  const api = useMemo(() => ({ dossiers: value, ready, save, note, remove }), [value, ready, save, note, remove]);
  return <SavedDossiersContext.Provider value={api}>{children}</SavedDossiersContext.Provider>;
}

export function useSavedDossiers(): SavedDossiersApi {
  const api = useContext(SavedDossiersContext);
  if (!api) throw new Error('useSavedDossiers must be used inside <SavedDossiersProvider>');
  return api;
}
