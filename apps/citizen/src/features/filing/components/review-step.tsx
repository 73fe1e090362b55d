import type { ReactNode } from 'react';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText, problemCode } from '../../../lib/error-message.ts';
import { newId } from '../../../lib/ids.ts';
import { FormSummary } from '../../eform/components/form-summary.tsx';
import { asObject } from '../../eform/schema.ts';
import { receivingUnits } from '../../procedures/types.ts';
import { documentsAsked, missingDocuments } from '../../procedures/document-need.ts';
import type { FilingStep } from '../draft.ts';
import type { Rejection } from '../submission.ts';
import { useSubmit } from '../use-submit.ts';
import type { StepProps } from './step-props.ts';

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function Part({
  id,
  title,
  onEdit,
  children,
}: {
  id: string;
  title: string;
  onEdit?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="review-part" aria-labelledby={id}>
      <div className="review-part__head">
        <h3 id={id} className="review-part__title">
          {title}
        </h3>
        {onEdit && (
          <button
            type="button"
            className="text-button"
            onClick={onEdit}
            aria-label={t('review.editNamed', { part: title })}
          >
            {t('review.edit')}
          </button>
        )}
      </div>
      {children}
    </section>
  );
}

interface ReviewStepProps extends StepProps {
  onRejected: (rejection: Rejection) => void;
}

/** Everything that will be sent, with a way back to each part, and the button that files it. */
export function ReviewStep({ procedure, draft, change, goTo, onRejected }: ReviewStepProps) {
  const { t, lang } = useI18n();
  const { state, submit } = useSubmit(draft, onRejected);
  const frozen = draft.pending !== undefined;
  const edit = (step: FilingStep) => (frozen ? undefined : () => goTo(step));
  const contact = asObject(draft.contact);
  const applicant = asObject(contact.applicant);
  const filer = asObject(contact.filer);
  const documents = documentsAsked(procedure, draft.caseKey, contact.onBehalf === true);
  const missing = missingDocuments(
    documents,
    draft.attachments.map((a) => a.documentKey),
  );
  // Filing for someone else can make a document required after its step (the authorisation letter).
  const send = () => {
    if (missing.length > 0 && !frozen) {
      const documentErrors = Object.fromEntries(missing.map((d) => [d.key, t('photo.missing')]));
      onRejected({ step: 'documents', form: [], documents: documentErrors, contact: [] });
      return;
    }
    void submit();
  };
  const units = receivingUnits(procedure);
  const unit = units.find((u) => u.eid === draft.unitEid) ?? units[0];
  const sending = state.status === 'sending';
  const conflict = state.status === 'failed' && problemCode(state.error) === 'REQUEST.IDEMPOTENCY_CONFLICT';
  return (
    <>
      <Part id="review-form" title={t('filing.step.form')} onEdit={edit('form')}>
        <FormSummary
          schema={asObject(procedure.form?.schema)}
          uiSchema={asObject(procedure.form?.uiSchema)}
          value={draft.form}
        />
      </Part>
      <Part id="review-documents" title={t('filing.step.documents')} onEdit={edit('documents')}>
        <ul className="review-docs">
          {documents.map((d) => {
            const count = draft.attachments.filter((a) => a.documentKey === d.key).length;
            return (
              <li key={d.key}>
                <span>{d.name}</span>
                <span className="review-docs__count">
                  {count === 0 ? t('review.noFile') : t('review.files', { n: count })}
                </span>
              </li>
            );
          })}
        </ul>
      </Part>
      <Part id="review-contact" title={t('filing.step.contact')} onEdit={edit('contact')}>
        <dl className="summary">
          <div className="summary__row">
            <dt>{t('contact.applicant')}</dt>
            <dd>
              {textOf(applicant.fullName)} · {textOf(applicant.phone)}
            </dd>
          </div>
          {unit && (
            <div className="summary__row">
              <dt>{t('filing.unit')}</dt>
              <dd>{unit.name}</dd>
            </div>
          )}
          {contact.onBehalf === true && (
            <div className="summary__row">
              <dt>{t('contact.filer')}</dt>
              <dd>
                {textOf(filer.fullName)} · {textOf(filer.phone)} · {textOf(filer.relation)}
              </dd>
            </div>
          )}
        </dl>
        <p className="review-note">{t('review.noticesTo', { phone: textOf(applicant.phone) })}</p>
      </Part>
      {frozen && state.status !== 'sending' && (
        <p className="notice notice--warning" role="status">
          {t('review.pending')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{state.unknown ? t('review.unknownOutcome') : errorText(state.error, lang)}</p>
          {conflict && (
            <Button size="small" variant="secondary" onClick={() => change((d) => ({ ...d, idempotencyKey: newId() }))}>
              {t('review.newKey')}
            </Button>
          )}
        </div>
      )}
      <div className="step-actions">
        {!frozen && (
          <Button variant="secondary" htmlType="button" onClick={() => goTo('contact')} disabled={sending}>
            {t('filing.back')}
          </Button>
        )}
        <Button htmlType="button" onClick={send} loading={sending} disabled={sending}>
          {frozen ? t('review.resend') : t('review.submit')}
        </Button>
      </div>
    </>
  );
}
