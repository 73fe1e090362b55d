import { useCallback, useState } from 'react';
import { useNavigate } from 'zmp-ui';
import { config } from '../../config.ts';
import { ApiError } from '../../lib/http.ts';
import { usePlatform } from '../../platform/platform-context.tsx';
import { paths } from '../../paths.ts';
import { useSavedDossiers } from '../dossiers/saved-dossiers.tsx';
import { submitApplication } from './api.ts';
import type { Draft } from './draft.ts';
import { useDrafts } from './drafts-context.tsx';
import { buildSubmission, routeRejection, type Rejection } from './submission.ts';

export type SubmitState =
  | { status: 'idle' }
  | { status: 'sending' }
  /** Refused or failed; `unknown` when it may have been filed (a retry with the same key settles it). */
  | { status: 'failed'; error: unknown; unknown: boolean };

/**
 * Files the draft with its one Idempotency-Key. Before sending, the body is frozen in the draft
 * (`pending`), so that after a dropped connection the retry — even after closing the app — sends
 * the very same body with the same key, and the server answers with the first filing instead of
 * making a second. Only a definite refusal unfreezes the answers for editing.
 */
export function useSubmit(draft: Draft, onRejected: (rejection: Rejection) => void) {
  const platform = usePlatform();
  const navigate = useNavigate();
  const { change, remove } = useDrafts();
  const { save } = useSavedDossiers();
  const [state, setState] = useState<SubmitState>({ status: 'idle' });

  const submit = useCallback(async () => {
    const body = draft.pending ?? buildSubmission(draft, platform.kind === 'zalo' ? 'zalo' : 'online');
    change(draft.id, (d) => ({ ...d, pending: body }));
    setState({ status: 'sending' });
    try {
      const filed = await submitApplication(body, draft.idempotencyKey);
      save({
        code: filed.code,
        key: filed.lookupKey,
        tenant: config.tenant,
        procedureName: draft.procedureName,
        status: filed.status,
        statusLabel: filed.statusLabel,
      });
      remove(draft.id);
      navigate(paths.receipt(filed.code), { replace: true });
    } catch (error) {
      const unknown = !(error instanceof ApiError) || error.isOutcomeUnknown;
      setState({ status: 'failed', error, unknown });
      if (unknown) return;
      change(draft.id, ({ pending: _sent, ...rest }) => rest);
      onRejected(routeRejection(error.problem, draft));
    }
  }, [draft, platform.kind, change, save, remove, navigate, onRejected]);

  return { state, submit };
}
