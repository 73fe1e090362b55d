import { useEffect, useState } from 'react';
import { apiUrl, getJson } from '../../lib/http.ts';

/** An administrative unit (QĐ 19/2025/QĐ-TTg): a province, or a commune/ward/special zone of one. */
export interface AdminUnit {
  code: string;
  name: string;
  level: string;
}

const cache = new Map<string, Promise<AdminUnit[]>>();

/**
 * `GET /admin-units` (provinces) or `?parent=<province code>` (its communes), fetched once per
 * list and kept for the session: the lists change by decree, not by the minute.
 */
export function loadAdminUnits(parent: string | null): Promise<AdminUnit[]> {
  const key = parent ?? '';
  let pending = cache.get(key);
  if (!pending) {
    const query = parent === null ? '' : `?parent=${encodeURIComponent(parent)}`;
    pending = getJson<{ items: AdminUnit[] }>(apiUrl(`/admin-units${query}`)).then((body) => body.items);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** The name of a unit already loaded, for summaries; the code when its list was never loaded. */
export async function adminUnitName(code: string, parent: string | null): Promise<string> {
  try {
    const units = await loadAdminUnits(parent);
    return units.find((unit) => unit.code === code)?.name ?? code;
  } catch {
    return code;
  }
}

export type AdminUnitsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; items: AdminUnit[] }
  | { status: 'error'; retry: () => void };

/** The units under `parent` (null: provinces); idle while `enabled` is false (no province chosen yet). */
export function useAdminUnits(parent: string | null, enabled: boolean): AdminUnitsState {
  const [state, setState] = useState<AdminUnitsState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    loadAdminUnits(parent).then(
      (items) => {
        if (live) setState({ status: 'success', items });
      },
      () => {
        if (live) setState({ status: 'error', retry: () => setAttempt((n) => n + 1) });
      },
    );
    return () => {
      live = false;
    };
  }, [parent, enabled, attempt]);
  return state;
}

/** Forgets every list; for tests, which mock the server per case. */
export function clearAdminUnitCache(): void {
  cache.clear();
}
