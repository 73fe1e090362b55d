import { useCallback, useEffect, useState } from 'react';

export type RequestState<T> =
  | { status: 'loading'; previous?: T }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown; previous?: T };

export type RequestResult<T> = RequestState<T> & { retry: () => void };

function lastData<T>(state: RequestState<T>): T | undefined {
  switch (state.status) {
    case 'success':
      return state.data;
    case 'loading':
    case 'error':
      return state.previous;
  }
}

/**
 * Runs `load` whenever `key` changes, aborting the request it replaces, so a slow answer to an old
 * query never overwrites a newer one. The last good data stays available while the next loads.
 * `key` must encode everything `load` depends on: only a new key (or `retry`) runs it again.
 */
export function useRequest<T>(key: string, load: (signal: AbortSignal) => Promise<T>): RequestResult<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((current) => {
      const previous = lastData(current);
      return previous === undefined ? { status: 'loading' } : { status: 'loading', previous };
    });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => {
          const previous = lastData(current);
          return previous === undefined ? { status: 'error', error } : { status: 'error', error, previous };
        });
      },
    );
    return () => {
      controller.abort();
    };
  }, [key, attempt]);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);

  return { ...state, retry };
}
