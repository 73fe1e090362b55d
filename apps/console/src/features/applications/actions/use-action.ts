import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { newIdempotencyKey } from '../../../lib/http.ts';
import { performAction } from '../api.ts';
import { applicationKeys } from '../queries.ts';
import type { ActionBody } from '../types.ts';
import type { OfficerAction } from './action-config.ts';

export interface ActionCommand {
  action: OfficerAction;
  body: ActionBody;
}

/**
 * Sends a workflow action. The idempotency key stays the same while the officer retries the same
 * command (a flaky network, a double click), so the server applies it once; any change to the
 * command gets a new key. On success the dossier and the inboxes are fetched again.
 */
export function useDossierAction(code: string) {
  const queryClient = useQueryClient();
  const pending = useRef<{ key: string; fingerprint: string } | null>(null);
  return useMutation({
    mutationFn: ({ action, body }: ActionCommand) => {
      const fingerprint = JSON.stringify([action, body]);
      if (pending.current?.fingerprint !== fingerprint) pending.current = { key: newIdempotencyKey(), fingerprint };
      return performAction(code, action, body, pending.current.key);
    },
    onSuccess: async () => {
      pending.current = null;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.detail(code) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.inboxes() }),
      ]);
    },
  });
}
