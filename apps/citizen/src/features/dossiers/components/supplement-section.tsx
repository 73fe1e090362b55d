import { useMemo, useState } from 'react';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { ApiError } from '../../../lib/http.ts';
import { newId } from '../../../lib/ids.ts';
import { useStoredState } from '../../../lib/use-stored-state.ts';
import { usePlatform } from '../../../platform/platform-context.tsx';
import { DocumentCard } from '../../filing/components/document-card.tsx';
import type { DraftAttachment } from '../../filing/draft.ts';
import type { DocumentRequirement } from '../../procedures/types.ts';
import { sendSupplement, type DossierRef } from '../api.ts';

interface SupplementDraft {
  idempotencyKey: string;
  attachments: DraftAttachment[];
  note: string;
}

function parseSupplement(stored: unknown): SupplementDraft {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<SupplementDraft>;
  return {
    idempotencyKey: typeof record.idempotencyKey === 'string' ? record.idempotencyKey : newId(),
    attachments: Array.isArray(record.attachments) ? record.attachments : [],
    note: typeof record.note === 'string' ? record.note : '',
  };
}

interface SupplementSectionProps {
  dossier: DossierRef;
  items: readonly string[];
  note?: string;
  onSent: () => void;
}

/**
 * The one complete list of what is missing (Mẫu 02), with a photo per item, sent back in one go
 * with a key kept on the device, so a retry never files the documents twice.
 */
export function SupplementSection({ dossier, items, note, onSent }: SupplementSectionProps) {
  const { t, lang } = useI18n();
  const platform = usePlatform();
  const storageKey = `supplement.${dossier.code}`;
  const initial = useMemo(() => parseSupplement(null), []);
  const { value: draft, update } = useStoredState(platform.storage, storageKey, parseSupplement, initial);
  const [state, setState] = useState<{ status: 'idle' | 'sending' } | { status: 'failed'; message: string }>({
    status: 'idle',
  });
  const [missing, setMissing] = useState(false);
  const documents: DocumentRequirement[] = items.map((name, index) => ({
    key: `supplement-${String(index + 1)}`,
    name,
    originals: 0,
    copies: 0,
    required: true,
  }));

  const send = async () => {
    if (draft.attachments.length === 0) {
      setMissing(true);
      return;
    }
    setState({ status: 'sending' });
    try {
      const attachments = draft.attachments.map((a) => ({ documentKey: a.documentKey, uploadId: a.uploadId }));
      const trimmed = draft.note.trim();
      await sendSupplement(dossier, { attachments, ...(trimmed ? { note: trimmed } : {}) }, draft.idempotencyKey);
      update(() => parseSupplement(null));
      setState({ status: 'idle' });
      onSent();
    } catch (error) {
      const unknown = !(error instanceof ApiError) || error.isOutcomeUnknown;
      setState({ status: 'failed', message: unknown ? t('supplement.unknownOutcome') : errorText(error, lang) });
    }
  };

  return (
    <section className="card supplement" aria-labelledby="supplement-heading" data-testid="supplement">
      <h2 id="supplement-heading" className="section__title">
        {t('supplement.title')}
      </h2>
      <p className="intro">{t('supplement.intro')}</p>
      {note && <p className="notice">{note}</p>}
      <div className="docs">
        {documents.map((requirement) => (
          <DocumentCard
            key={requirement.key}
            document={requirement}
            pages={draft.attachments.filter((a) => a.documentKey === requirement.key)}
            {...(missing && draft.attachments.length === 0 ? { error: t('supplement.missing') } : {})}
            canAddMore={draft.attachments.length < 40}
            onUploaded={(page, replacing) =>
              update((d) => ({
                ...d,
                attachments:
                  replacing === null
                    ? [...d.attachments, page]
                    : d.attachments.map((p) => (p.id === replacing ? page : p)),
              }))
            }
            onKeep={(id) =>
              update((d) => ({
                ...d,
                attachments: d.attachments.map((p) => (p.id === id ? { ...p, issuesAccepted: true } : p)),
              }))
            }
            onRemove={(id) => update((d) => ({ ...d, attachments: d.attachments.filter((p) => p.id !== id) }))}
          />
        ))}
      </div>
      <div className="ef-field">
        <label htmlFor="supplement-note" className="ef-label">
          {t('supplement.note')}
        </label>
        <textarea
          id="supplement-note"
          className="ef-input"
          rows={2}
          maxLength={1000}
          value={draft.note}
          onChange={(event) => update((d) => ({ ...d, note: event.target.value.normalize('NFC') }))}
        />
      </div>
      {state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      <Button
        fullWidth
        onClick={() => void send()}
        loading={state.status === 'sending'}
        disabled={state.status === 'sending'}
      >
        {state.status === 'failed' ? t('supplement.resend') : t('supplement.send')}
      </Button>
    </section>
  );
}
