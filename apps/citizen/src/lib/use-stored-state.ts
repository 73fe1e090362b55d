import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyValueStorage } from '../platform/platform.ts';

const WRITE_DELAY_MS = 150;

export interface StoredState<T> {
  value: T;
  /** False until the stored value has been read. */
  ready: boolean;
  update: (change: (current: T) => T) => void;
}

/**
 * State kept on the device as JSON under `key` (localStorage on the web, Zalo's storage in the
 * Mini App). The state lives in memory first, so the app keeps working when storage is full or
 * refused; writes follow a short pause, so typing in a form does not rewrite storage per key.
 * Changes made before the stored value was read are replayed on top of it, never lost.
 * `parse` receives whatever was stored and must return a valid value (old or damaged data included).
 */
export function useStoredState<T>(
  storage: KeyValueStorage,
  key: string,
  parse: (stored: unknown) => T,
  initial: T,
): StoredState<T> {
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const latest = useRef(value);
  const loaded = useRef(false);
  const early = useRef<((current: T) => T)[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const parseRef = useRef(parse);
  parseRef.current = parse;

  const flush = useCallback(() => {
    timer.current = null;
    void storage.set(key, JSON.stringify(latest.current));
  }, [storage, key]);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, WRITE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    let live = true;
    void storage.get(key).then((raw) => {
      if (!live) return;
      let stored = latest.current;
      if (raw !== null) {
        try {
          stored = parseRef.current(JSON.parse(raw));
        } catch {
          // Damaged data: start afresh rather than fail.
        }
      }
      const next = early.current.reduce((current, change) => change(current), stored);
      if (early.current.length > 0) schedule();
      early.current = [];
      loaded.current = true;
      latest.current = next;
      setValue(next);
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [storage, key, schedule]);

  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        flush();
      }
    },
    [flush],
  );

  const update = useCallback(
    (change: (current: T) => T) => {
      if (!loaded.current) early.current.push(change);
      const next = change(latest.current);
      latest.current = next;
      setValue(next);
      if (loaded.current) schedule();
    },
    [schedule],
  );

  return { value, ready, update };
}
