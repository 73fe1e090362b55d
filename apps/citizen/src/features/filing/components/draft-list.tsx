import { useState } from 'react';
import { Text, useNavigate } from 'zmp-ui';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useDrafts } from '../drafts-context.tsx';

/** "Hồ sơ đang soạn" on the home screen: drafts on this device, to resume or discard. */
export function DraftList() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { drafts, remove } = useDrafts();
  const [discarding, setDiscarding] = useState<string | null>(null);
  if (drafts.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="drafts-heading">
      <Text.Header id="drafts-heading" className="results__heading">
        {t('home.drafts')}
      </Text.Header>
      <ul className="results__list">
        {drafts.map((draft) => (
          <li key={draft.id} className="result result--with-action">
            <button type="button" className="result__button" onClick={() => navigate(paths.draft(draft.id))}>
              <span className="result__text">
                <span className="result__name">{draft.procedureName}</span>
                <span className="result__facts">
                  {draft.pending ? t('home.draftPending') : t('home.draftSaved', { date: formatDate(draft.updatedAt) })}
                </span>
              </span>
              <span className="result__action">{t('home.resume')}</span>
              <ChevronRightIcon />
            </button>
            {!draft.pending && (
              <button
                type="button"
                className="text-button result__discard"
                aria-label={t('home.discardNamed', { name: draft.procedureName })}
                onClick={() => setDiscarding(draft.id)}
              >
                {t('home.discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={discarding !== null}
        title={t('home.discardTitle')}
        confirmLabel={t('home.discard')}
        cancelLabel={t('withdraw.cancel')}
        danger
        onConfirm={() => {
          if (discarding !== null) remove(discarding);
          setDiscarding(null);
        }}
        onCancel={() => setDiscarding(null)}
      >
        <p>{t('home.discardBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
