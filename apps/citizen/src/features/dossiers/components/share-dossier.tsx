import { useState } from 'react';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { usePlatform } from '../../../platform/platform-context.tsx';
import type { ShareOutcome } from '../../../platform/platform.ts';
import type { DossierRef } from '../api.ts';
import { trackingLink } from '../share-link.ts';

/** Shares the tracking link (Web Share API, or Zalo's share sheet); says so when it was copied instead. */
export function ShareDossier({ dossier, qrUrl, title }: { dossier: DossierRef; qrUrl?: string; title: string }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const messages: Record<ShareOutcome, string> = {
    shared: '',
    cancelled: '',
    copied: t('receipt.copied'),
    unavailable: t('receipt.shareUnavailable'),
  };
  return (
    <>
      <Button
        variant="secondary"
        fullWidth
        onClick={() => void platform.share({ title, url: trackingLink(dossier, qrUrl) }).then(setOutcome)}
      >
        {t('receipt.share')}
      </Button>
      <p className="visually-hidden" role="status">
        {outcome ? messages[outcome] : ''}
      </p>
      {outcome === 'copied' || outcome === 'unavailable' ? <p className="intro">{messages[outcome]}</p> : null}
    </>
  );
}
