import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from './http.ts';

/**
 * The `Idempotency-Key` for a command: the same key while the same command is retried (a flaky
 * network, a double click, a step back and forth), so the server applies it once; a new key as soon
 * as the command changes, since the server refuses a known key with a different body.
 */
export function useIdempotencyKey(): (command: unknown) => string {
  const last = useRef<{ key: string; fingerprint: string } | null>(null);
  return useCallback((command: unknown) => {
    const fingerprint = JSON.stringify(command);
    if (last.current?.fingerprint !== fingerprint) last.current = { key: newIdempotencyKey(), fingerprint };
    return last.current.key;
  }, []);
}
