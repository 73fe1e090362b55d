import { useEffect } from 'react';
import { useRequest, type RequestResult } from '../../lib/use-request.ts';
import { lookupApplication, type ApplicationLookup, type DossierRef } from './api.ts';
import { useSavedDossiers, type SavedDossier } from './saved-dossiers.tsx';

export interface Dossier {
  /** The saved code and key, or undefined when this device does not know the dossier. */
  saved: SavedDossier | undefined;
  ready: boolean;
  lookup: RequestResult<ApplicationLookup> | null;
}

const never = (): Promise<ApplicationLookup> => new Promise(() => undefined);

/** A dossier saved on this device and its current state from the public look-up. */
export function useDossier(code: string): Dossier {
  const { dossiers, ready, note } = useSavedDossiers();
  const saved = dossiers.find((d) => d.code === code);
  const ref: DossierRef | null = saved ? { tenant: saved.tenant, code: saved.code, key: saved.key } : null;
  const lookup = useRequest(ref ? `lookup:${ref.tenant}:${ref.code}:${ref.key}` : 'lookup:none', (signal) =>
    ref ? lookupApplication(ref, signal) : never(),
  );
  const data = lookup.status === 'success' ? lookup.data : undefined;
  useEffect(() => {
    if (data)
      note(data.code, { procedureName: data.procedure.name, status: data.status, statusLabel: data.statusLabel });
  }, [data, note]);
  return { saved, ready, lookup: ref ? lookup : null };
}
