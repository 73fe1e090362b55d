import '../../eform/components/eform.css';
import './dossiers.css';
import { useEffect, useRef, useState } from 'react';
import { Box, Button, Page, useNavigate, useParams } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Loading, RequestError } from '../../../components/request-status.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { paths } from '../../../paths.ts';
import type { ApplicationLookup } from '../api.ts';
import { useSavedDossiers, type SavedDossier } from '../saved-dossiers.tsx';
import { STATUS, canWithdraw } from '../status.ts';
import { useDossier, type Dossier } from '../use-dossier.ts';
import { FeedbackSection } from './feedback-section.tsx';
import { IdCardReadings } from './id-card-readings.tsx';
import { LookupForm } from './lookup-form.tsx';
import { ShareDossier } from './share-dossier.tsx';
import { StatusCard, Timeline } from './status-card.tsx';
import { SupplementSection } from './supplement-section.tsx';
import { VisitSection } from './visit-section.tsx';
import { Withdrawal } from './withdrawal.tsx';

function Forget({ code }: { code: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { remove } = useSavedDossiers();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="text-button forget" onClick={() => setOpen(true)}>
        {t('dossier.forget')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('dossier.forgetTitle')}
        confirmLabel={t('dossier.forgetConfirm')}
        cancelLabel={t('withdraw.cancel')}
        onConfirm={() => {
          remove(code);
          navigate(paths.home, { replace: true });
        }}
        onCancel={() => setOpen(false)}
      >
        <p>{t('dossier.forgetBody')}</p>
      </ConfirmDialog>
    </>
  );
}

interface TrackingProps {
  saved: SavedDossier;
  data: ApplicationLookup;
  reload: () => void;
  /** Whether the look-up is being refreshed (the data shown is the previous answer). */
  refreshing: boolean;
}

/** Confirms that the documents asked for were sent, where the citizen looks first. */
function SupplementSent({ refreshing }: { refreshing: boolean }) {
  const { t } = useI18n();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.focus();
  }, []);
  return (
    <div ref={notice} className="notice notice--success" role="status" tabIndex={-1} data-testid="supplement-sent">
      <p className="notice__title">{t('supplement.sent')}</p>
      <p>{refreshing ? t('supplement.sentRefreshing') : t('supplement.sentNext')}</p>
    </div>
  );
}

function Tracking({ saved, data, reload, refreshing }: TrackingProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { note } = useSavedDossiers();
  // The request answered on this page: its section gives way to the confirmation, while a later
  // request (other items) is shown again.
  const [answered, setAnswered] = useState<string | null>(null);
  const request = data.supplementRequest ? JSON.stringify(data.supplementRequest) : null;
  const ref = { tenant: saved.tenant, code: saved.code, key: saved.key };
  return (
    <div className="stack">
      {answered !== null && <SupplementSent refreshing={refreshing} />}
      <StatusCard dossier={data} />
      {data.status === STATUS.supplementRequested && data.supplementRequest && request !== answered && (
        <SupplementSection
          dossier={ref}
          items={data.supplementRequest.items}
          {...(data.supplementRequest.note ? { note: data.supplementRequest.note } : {})}
          onSent={() => {
            setAnswered(request);
            reload();
          }}
        />
      )}
      {(data.status === STATUS.resultReady || data.status === STATUS.paymentRequested) && (
        <VisitSection dossier={ref} />
      )}
      {data.status === STATUS.returned && (
        <FeedbackSection dossier={ref} rated={saved.rated === true} onRated={() => note(saved.code, { rated: true })} />
      )}
      <div className="stack">
        {data.receivedAt && (
          <Button fullWidth variant="secondary" onClick={() => navigate(paths.receipt(data.code))}>
            {t('dossier.receipt')}
          </Button>
        )}
        <ShareDossier dossier={ref} title={data.procedure.name} {...(data.qrUrl ? { qrUrl: data.qrUrl } : {})} />
        <Button fullWidth variant="tertiary" onClick={reload}>
          {t('dossier.refresh')}
        </Button>
      </div>
      <Timeline dossier={data} />
      <IdCardReadings dossier={ref} />
      {canWithdraw(data.status) && <Withdrawal dossier={ref} onDone={reload} />}
      <Forget code={saved.code} />
    </div>
  );
}

/** The answer to show: the current one, or the previous one while it is being refreshed. */
function shownLookup(lookup: Dossier['lookup']): { data: ApplicationLookup; refreshing: boolean } | undefined {
  if (lookup?.status === 'success') return { data: lookup.data, refreshing: false };
  if (lookup?.status === 'loading' && 'previous' in lookup && lookup.previous) {
    return { data: lookup.previous, refreshing: true };
  }
  return undefined;
}

/** Following one dossier: status, dates, what is asked of the citizen now, and its history. */
export function DossierPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const { saved, ready, lookup } = useDossier(code);
  const shown = shownLookup(lookup);
  return (
    <Page className="page">
      <AppBar title={saved?.procedureName ?? t('dossier.title')} subtitle={code} showBack />
      <Box className="content" p={4}>
        {!ready && <Loading label={t('dossier.loading')} />}
        {ready && !saved && (
          <>
            <p className="intro">{t('dossier.needKey')}</p>
            <LookupForm initialCode={code} onFound={(found) => navigate(paths.dossier(found), { replace: true })} />
          </>
        )}
        {saved && lookup?.status === 'loading' && !shown && <Loading label={t('dossier.loading')} />}
        {saved && lookup?.status === 'error' && (
          <RequestError error={lookup.error} onRetry={lookup.retry} message={errorText(lookup.error, lang)} />
        )}
        {saved && lookup && shown && (
          <Tracking saved={saved} data={shown.data} reload={lookup.retry} refreshing={shown.refreshing} />
        )}
      </Box>
    </Page>
  );
}
