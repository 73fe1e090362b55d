import '../../eform/components/eform.css';
import './filing.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { FieldProblem } from '../../../lib/http.ts';
import { useSession } from '../../account/session-context.tsx';
import { hasAnswer } from '../../eform/conditions.ts';
import { EForm } from '../../eform/components/eform.tsx';
import { ErrorSummary } from '../../eform/components/error-summary.tsx';
import type { FormValue } from '../../eform/form-data.ts';
import { asObject } from '../../eform/schema.ts';
import { useFormValidation } from '../../eform/use-form-validation.ts';
import { receivingUnits } from '../../procedures/types.ts';
import { contactSchema, contactUiSchema, prefillContact } from '../contact-form.ts';
import { StepActions } from './step-actions.tsx';
import type { StepProps } from './step-props.ts';
import { UnitChoice } from './unit-choice.tsx';

interface ContactStepProps extends StepProps {
  serverErrors: readonly FieldProblem[];
}

/**
 * Who files and who gets the notices. Filing for someone else (nộp hộ): the filer's name, phone and
 * relationship go with the dossier, and the applicant's own phone still receives every notice.
 */
export function ContactStep({ procedure, draft, change, goTo, serverErrors }: ContactStepProps) {
  const { t } = useI18n();
  const { profile } = useSession();
  const schema = useMemo(() => contactSchema(t), [t]);
  const uiSchema = useMemo(() => contactUiSchema(t), [t]);
  const validation = useFormValidation(schema, uiSchema, draft.contact);
  const summary = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(false);
  const setServerErrors = useRef(validation.setServerErrors);
  setServerErrors.current = validation.setServerErrors;

  useEffect(() => {
    if (!hasAnswer(draft.contact)) {
      change((d) => ({ ...d, contact: prefillContact(d.form, profile?.phone ?? null) }));
    }
    // Prefilled once, when the step opens blank.
  }, []);

  useEffect(() => {
    if (serverErrors.length === 0) return;
    setServerErrors.current(serverErrors);
    setSummaryShown(true);
  }, [serverErrors]);

  const onChange = (next: FormValue) => {
    const becameProxy = next.onBehalf === true && draft.contact.onBehalf !== true;
    const filer = asObject(next.filer);
    const contact =
      becameProxy && profile && !hasAnswer(filer.phone) ? { ...next, filer: { ...filer, phone: profile.phone } } : next;
    change((d) => ({ ...d, contact }));
  };

  const units = receivingUnits(procedure);
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {units.length > 1 && (
        <UnitChoice units={units} value={draft.unitEid} onChange={(unitEid) => change((d) => ({ ...d, unitEid }))} />
      )}
      {summaryShown && <ErrorSummary ref={summary} errors={validation.errors} schema={schema} idPrefix="contact" />}
      <EForm
        schema={schema}
        uiSchema={uiSchema}
        value={draft.contact}
        onChange={onChange}
        errors={validation.errors}
        onTouch={validation.touch}
        idPrefix="contact"
      />
      <StepActions
        onBack={() => goTo('documents')}
        onNext={() => {
          if (validation.revealAll()) {
            goTo('review');
            return;
          }
          setSummaryShown(true);
          setTimeout(() => summary.current?.focus(), 0);
        }}
      />
    </form>
  );
}
