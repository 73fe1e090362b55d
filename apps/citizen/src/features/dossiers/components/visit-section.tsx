import { useState } from 'react';
import { Button } from 'zmp-ui';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText, problemCode } from '../../../lib/error-message.ts';
import { formatMoney, formatTime } from '../../../lib/format.ts';
import { ApiError } from '../../../lib/http.ts';
import { newId } from '../../../lib/ids.ts';
import { useRequest } from '../../../lib/use-request.ts';
import { bookVisit, cancelVisit, getVisit, type DossierRef, type VisitPlan } from '../api.ts';
import { dayLabel } from './day-label.ts';
import { SlotPicker } from './slot-picker.tsx';

function Checklist({ plan }: { plan: VisitPlan }) {
  const { t } = useI18n();
  return (
    <>
      <h3 className="visit__subtitle">{t('visit.bring')}</h3>
      <ul className="plain-list">
        {plan.checklist.map((item) => (
          <li key={item.name}>
            {item.name}
            <span className="facts__note">
              {t('procedure.originals', { n: item.originals })} · {t('procedure.copies', { n: item.copies })}
            </span>
          </li>
        ))}
      </ul>
      {plan.fee && (
        <p className="visit__fee">
          {t('visit.fee')}: <strong>{formatMoney(plan.fee.amount)}</strong>
          {plan.fee.text && <span className="facts__note">{plan.fee.text}</span>}
          <span className="facts__note">{t(plan.fee.paid ? 'dossier.feePaid' : 'visit.feeAtDesk')}</span>
        </p>
      )}
    </>
  );
}

type Action = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; message: string };

/**
 * One planned visit when the result is ready: a slot at the desk, the originals to bring and the
 * fee to pay, so the citizen comes once. The booking can be moved or cancelled.
 */
export function VisitSection({ dossier }: { dossier: DossierRef }) {
  const { t, lang } = useI18n();
  const plan = useRequest(`visit:${dossier.code}`, (signal) => getVisit(dossier, signal));
  const [choosing, setChoosing] = useState(false);
  const [action, setAction] = useState<Action>({ status: 'idle' });
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [attempt, setAttempt] = useState<{ start: string; key: string } | null>(null);

  // While reloading (after booking), the last answer stays on screen.
  const data = plan.status === 'success' ? plan.data : plan.previous;
  if (plan.status === 'error' && !data) {
    // The visit service may be absent for this province: the rest of the page stands without it.
    if (plan.error instanceof ApiError && plan.error.status === 404) return null;
    return (
      <section className="card" aria-labelledby="visit-heading">
        <h2 id="visit-heading" className="section__title">
          {t('visit.title')}
        </h2>
        <p className="notice notice--error" role="alert">
          {errorText(plan.error, lang)}
        </p>
        <Button size="small" variant="secondary" onClick={plan.retry}>
          {t('error.retry')}
        </Button>
      </section>
    );
  }
  if (!data || (!data.allowed && !data.booking)) return null;

  const book = async (start: string) => {
    // The same slot asked again (after a dropped connection) reuses its key: one booking.
    const key = attempt?.start === start ? attempt.key : newId();
    setAttempt({ start, key });
    setAction({ status: 'busy' });
    try {
      await bookVisit(dossier, start, key);
      setAction({ status: 'idle' });
      setChoosing(false);
      plan.retry();
    } catch (error) {
      const full = problemCode(error) === 'VISIT.SLOT_FULL';
      setAction({ status: 'failed', message: errorText(error, lang) });
      if (full) plan.retry();
    }
  };

  const cancel = async () => {
    setAction({ status: 'busy' });
    try {
      await cancelVisit(dossier);
      setConfirmCancel(false);
      setAction({ status: 'idle' });
      plan.retry();
    } catch (error) {
      setConfirmCancel(false);
      setAction({ status: 'failed', message: errorText(error, lang) });
    }
  };

  const busy = action.status === 'busy';
  const booking = data.booking;
  return (
    <section className="card visit" aria-labelledby="visit-heading" data-testid="visit">
      <h2 id="visit-heading" className="section__title">
        {t('visit.title')}
      </h2>
      <p className="intro">{t('visit.intro')}</p>
      <p className="visit__unit">
        <strong>{(booking?.unit ?? data.unit).name}</strong>
        <span className="facts__note">{(booking?.unit ?? data.unit).address}</span>
      </p>
      {booking && (
        <p className="notice notice--success" role="status" data-testid="visit-booking">
          {t('visit.booked', {
            time: `${formatTime(booking.start)}–${formatTime(booking.end)}`,
            day: dayLabel(booking.start, t),
          })}
        </p>
      )}
      <Checklist plan={data} />
      {action.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {action.message}
        </p>
      )}
      {(choosing || !booking) && data.allowed && (
        <SlotPicker
          slots={data.slots}
          busy={busy}
          current={booking?.start ?? null}
          onChoose={(start) => void book(start)}
        />
      )}
      {booking && !choosing && (
        <div className="step-actions">
          {data.allowed && (
            <Button variant="secondary" onClick={() => setChoosing(true)} disabled={busy}>
              {t('visit.move')}
            </Button>
          )}
          <Button variant="tertiary" type="danger" onClick={() => setConfirmCancel(true)} disabled={busy}>
            {t('visit.cancel')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirmCancel}
        title={t('visit.cancelTitle')}
        confirmLabel={t('visit.cancelConfirm')}
        cancelLabel={t('visit.keep')}
        danger
        busy={busy}
        onConfirm={() => void cancel()}
        onCancel={() => setConfirmCancel(false)}
      >
        <p>{t('visit.cancelBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
