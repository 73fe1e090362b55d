import type { ReactNode } from 'react';
import { DossierCode } from '../../../components/dossier-code.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import type { ApplicationLookup } from '../api.ts';
import { statusText } from '../status.ts';

function Fact({ term, wide = false, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div {...(wide ? { className: 'facts__row--wide' } : {})}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where the dossier stands: status, unit, dates (a new date after an apology), fee. */
export function StatusCard({ dossier }: { dossier: ApplicationLookup }) {
  const { t, lang } = useI18n();
  const due = dossier.rescheduledDueAt ?? dossier.dueAt;
  return (
    <section className="card status-card" aria-labelledby="status-heading">
      <p className="status-card__label">{t('dossier.status')}</p>
      <h2
        id="status-heading"
        className={`status-pill status-pill--${String(dossier.status)}`}
        data-testid="dossier-status"
      >
        {statusText(dossier.status, dossier.statusLabel, lang)}
      </h2>
      {dossier.overdue && (
        <p className="notice notice--error" role="status">
          {t('dossier.overdue')}
        </p>
      )}
      <dl className="facts">
        <Fact term={t('dossier.code')} wide>
          <DossierCode code={dossier.code} />
        </Fact>
        <Fact term={t('dossier.procedure')}>{dossier.procedure.name}</Fact>
        <Fact term={t('dossier.applicant')}>{dossier.applicantName}</Fact>
        <Fact term={t('dossier.currentUnit')}>{dossier.currentUnit}</Fact>
        <Fact term={t('dossier.submittedAt')}>{formatDateTime(dossier.submittedAt)}</Fact>
        {dossier.receivedAt && <Fact term={t('dossier.receivedAt')}>{formatDateTime(dossier.receivedAt)}</Fact>}
        {due && (
          <Fact term={t('dossier.dueAt')}>
            {formatDate(due)}
            {dossier.rescheduledDueAt && dossier.dueAt && (
              <span className="facts__note">{t('dossier.rescheduled', { date: formatDate(dossier.dueAt) })}</span>
            )}
          </Fact>
        )}
        {dossier.resultReadyAt && (
          <Fact term={t('dossier.resultReadyAt')}>{formatDateTime(dossier.resultReadyAt)}</Fact>
        )}
        {dossier.returnedAt && <Fact term={t('dossier.returnedAt')}>{formatDateTime(dossier.returnedAt)}</Fact>}
        {dossier.fee && (
          <Fact term={t('procedure.fee')}>
            {formatMoney(dossier.fee.amount)} · {t(dossier.fee.paid ? 'dossier.feePaid' : 'dossier.feeUnpaid')}
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** What happened, newest first. */
export function Timeline({ dossier }: { dossier: ApplicationLookup }) {
  const { t, lang } = useI18n();
  const entries = [...dossier.timeline].reverse();
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="section__title">
        {t('dossier.timeline')}
      </h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={`${entry.at}-${String(entry.status)}-${entry.unit}`} className="timeline__item">
            <span className="timeline__when">{formatDateTime(entry.at)}</span>
            <span className="timeline__what">{statusText(entry.status, entry.statusLabel, lang)}</span>
            {entry.unit && <span className="timeline__unit">{entry.unit}</span>}
            {entry.note && <span className="timeline__note">{entry.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
