import { useState } from 'react';
import { Button } from 'zmp-ui';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { newId } from '../../../lib/ids.ts';
import { requestWithdrawal, type DossierRef } from '../api.ts';

/** "Rút hồ sơ": asks the unit to stop; confirmed first, because it cannot be undone from the app. */
export function Withdrawal({ dossier, onDone }: { dossier: DossierRef; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per confirmation: pressing again after a dropped connection asks once.
  const [key, setKey] = useState(newId);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await requestWithdrawal(dossier, key);
      setOpen(false);
      onDone();
    } catch (failure) {
      setError(errorText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="secondary"
        type="danger"
        fullWidth
        onClick={() => {
          setKey(newId());
          setError(null);
          setOpen(true);
        }}
      >
        {t('withdraw.button')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('withdraw.title')}
        confirmLabel={t('withdraw.confirm')}
        cancelLabel={t('withdraw.cancel')}
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('withdraw.body', { code: dossier.code })}</p>
        {error && (
          <p className="ef-error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
