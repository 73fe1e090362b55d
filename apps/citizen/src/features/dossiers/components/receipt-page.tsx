import '../../eform/components/eform.css';
import './dossiers.css';
import { Box, Button, Page, useNavigate, useParams } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { DossierCode } from '../../../components/dossier-code.tsx';
import { Loading, RequestError } from '../../../components/request-status.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePlatform } from '../../../platform/platform-context.tsx';
import { paths } from '../../../paths.ts';
import { receiptPdfUrl, type ApplicationLookup } from '../api.ts';
import type { SavedDossier } from '../saved-dossiers.tsx';
import { STATUS, statusText } from '../status.ts';
import { useDossier } from '../use-dossier.ts';
import { LookupForm } from './lookup-form.tsx';
import { QrImage } from './qr-image.tsx';
import { ShareDossier } from './share-dossier.tsx';

function Receipt({ saved, data }: { saved: SavedDossier; data: ApplicationLookup }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const platform = usePlatform();
  const ref = { tenant: saved.tenant, code: saved.code, key: saved.key };
  const due = data.rescheduledDueAt ?? data.dueAt;
  const accepted = data.receivedAt !== undefined;
  return (
    <>
      {data.status === STATUS.submitted && (
        <p className="notice notice--success" role="status">
          {t('receipt.filed')}
        </p>
      )}
      <section className="card receipt" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading" className="section__title">
          {accepted ? t('receipt.title') : t('receipt.filedTitle')}
        </h2>
        <dl className="receipt__codes">
          <div>
            <dt>{t('dossier.code')}</dt>
            <dd data-testid="receipt-code">
              <DossierCode code={data.code} />
            </dd>
          </div>
          <div>
            <dt>{t('receipt.key')}</dt>
            <dd data-testid="receipt-key">{saved.key}</dd>
          </div>
        </dl>
        <p className="intro">{t('receipt.keepKey')}</p>
        <dl className="facts">
          <div>
            <dt>{t('dossier.status')}</dt>
            <dd>{statusText(data.status, data.statusLabel, lang)}</dd>
          </div>
          <div>
            <dt>{t('dossier.dueAt')}</dt>
            <dd>{due ? formatDate(due) : t('receipt.dueLater')}</dd>
          </div>
        </dl>
        {data.qrUrl ? (
          <div className="receipt__qr">
            <QrImage url={data.qrUrl} label={t('receipt.qrLabel', { code: data.code })} />
          </div>
        ) : (
          <p className="intro">{t('receipt.qrLater')}</p>
        )}
      </section>
      <div className="stack">
        {accepted && (
          <a
            className="button-link"
            href={receiptPdfUrl(ref)}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              if (platform.kind !== 'zalo') return;
              event.preventDefault();
              void platform.openExternal(receiptPdfUrl(ref));
            }}
          >
            {t('receipt.pdf')}
          </a>
        )}
        <ShareDossier dossier={ref} title={data.procedure.name} {...(data.qrUrl ? { qrUrl: data.qrUrl } : {})} />
        <Button fullWidth onClick={() => navigate(paths.dossier(data.code))}>
          {t('receipt.track')}
        </Button>
        <Button fullWidth variant="tertiary" onClick={() => navigate(paths.home)}>
          {t('filing.toHome')}
        </Button>
      </div>
    </>
  );
}

/** The receipt: code and key to keep, due date, QR and Mẫu 01 PDF once the desk has accepted it. */
export function ReceiptPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const { saved, ready, lookup } = useDossier(code);
  return (
    <Page className="page">
      <AppBar title={t('receipt.pageTitle')} showBack />
      <Box className="content" p={4}>
        {!ready && <Loading label={t('dossier.loading')} />}
        {ready && !saved && (
          <LookupForm initialCode={code} onFound={(found) => navigate(paths.receipt(found), { replace: true })} />
        )}
        {saved && lookup?.status === 'loading' && <Loading label={t('dossier.loading')} />}
        {saved && lookup?.status === 'error' && (
          <RequestError error={lookup.error} onRetry={lookup.retry} message={errorText(lookup.error, lang)} />
        )}
        {saved && lookup?.status === 'success' && <Receipt saved={saved} data={lookup.data} />}
      </Box>
    </Page>
  );
}
