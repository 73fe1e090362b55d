import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
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
  const keyFor = useIdempotencyKey();
  return useMutation({
    mutationFn: ({ action, body }: ActionCommand) => performAction(code, action, body, keyFor([action, body])),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.detail(code) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.inboxes() }),
      ]);
    },
  });
}
