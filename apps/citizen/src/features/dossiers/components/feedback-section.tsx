import { useState } from 'react';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { MessageKey } from '../../../i18n/translate.ts';
import { errorText, problemCode } from '../../../lib/error-message.ts';
import { newId } from '../../../lib/ids.ts';
import { usePlatform } from '../../../platform/platform-context.tsx';
import { sendFeedback, type DossierRef, type Rating } from '../api.ts';

const ratings: readonly { value: Rating; label: MessageKey }[] = [
  { value: 'very_satisfied', label: 'feedback.very_satisfied' },
  { value: 'satisfied', label: 'feedback.satisfied' },
  { value: 'unsatisfied', label: 'feedback.unsatisfied' },
];

/**
 * The satisfaction rating once the result was handed over (QĐ 766 indicators): three levels, and
 * a reason when unsatisfied, so the unit knows what to fix.
 */
export function FeedbackSection({
  dossier,
  rated,
  onRated,
}: {
  dossier: DossierRef;
  rated: boolean;
  onRated: () => void;
}) {
  const { t, lang } = useI18n();
  const platform = usePlatform();
  const [rating, setRating] = useState<Rating | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [key] = useState(newId);

  if (rated) {
    return (
      <section className="card" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading" className="section__title">
          {t('feedback.title')}
        </h2>
        <p role="status">{t('feedback.thanks')}</p>
      </section>
    );
  }

  const submit = async () => {
    const next: typeof errors = {};
    if (rating === null) next.rating = t('feedback.ratingRequired');
    if (rating === 'unsatisfied' && reason.trim() === '') next.reason = t('feedback.reasonRequired');
    setErrors(next);
    if (rating === null || next.reason) {
      document.getElementById(rating === null ? 'feedback-rating' : 'feedback-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      const trimmed = reason.trim().normalize('NFC');
      await sendFeedback(
        dossier,
        { rating, ...(trimmed ? { reason: trimmed } : {}), channel: platform.kind === 'zalo' ? 'zalo' : 'web' },
        key,
      );
      onRated();
    } catch (error) {
      if (problemCode(error) === 'FEEDBACK.ALREADY_GIVEN') onRated();
      else setErrors({ form: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="feedback-heading" data-testid="feedback">
      <h2 id="feedback-heading" className="section__title">
        {t('feedback.title')}
      </h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset
          id="feedback-rating"
          tabIndex={-1}
          className={errors.rating ? 'ef-field ef-group ef-field--invalid' : 'ef-field ef-group'}
          aria-describedby={errors.rating ? 'feedback-rating-error' : undefined}
        >
          <legend className="ef-label">{t('feedback.question')}</legend>
          {errors.rating && (
            <p id="feedback-rating-error" className="ef-error">
              {errors.rating}
            </p>
          )}
          <div className="ef-options">
            {ratings.map((option) => (
              <label key={option.value} className="ef-option" htmlFor={`rating-${option.value}`}>
                <input
                  id={`rating-${option.value}`}
                  type="radio"
                  name="rating"
                  checked={rating === option.value}
                  onChange={() => setRating(option.value)}
                />
                <span>{t(option.label)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {rating === 'unsatisfied' && (
          <div className={errors.reason ? 'ef-field ef-field--invalid' : 'ef-field'}>
            <label htmlFor="feedback-reason" className="ef-label">
              {t('feedback.reason')}
            </label>
            {errors.reason && (
              <p id="feedback-reason-error" className="ef-error">
                {errors.reason}
              </p>
            )}
            <textarea
              id="feedback-reason"
              className="ef-input"
              rows={3}
              maxLength={1000}
              value={reason}
              aria-invalid={errors.reason ? true : undefined}
              aria-required
              aria-describedby={errors.reason ? 'feedback-reason-error' : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        )}
        {errors.form && (
          <p className="notice notice--error" role="alert">
            {errors.form}
          </p>
        )}
        <Button htmlType="submit" fullWidth loading={busy} disabled={busy}>
          {t('feedback.submit')}
        </Button>
      </form>
    </section>
  );
}
