import '../../eform/components/eform.css';
import { useEffect, useRef, useState } from 'react';
import type { FieldProblem } from '../../../lib/http.ts';
import { EForm } from '../../eform/components/eform.tsx';
import { ErrorSummary } from '../../eform/components/error-summary.tsx';
import { asObject } from '../../eform/schema.ts';
import { useFormValidation } from '../../eform/use-form-validation.ts';
import { StepActions } from './step-actions.tsx';
import type { StepProps } from './step-props.ts';

interface FormStepProps extends StepProps {
  /** The server's field errors from the last submission, pointers inside the form. */
  serverErrors: readonly FieldProblem[];
}

/** The procedure's e-form (tờ khai), checked with its own schema before moving on. */
export function FormStep({ procedure, draft, change, goTo, serverErrors }: FormStepProps) {
  const schema = asObject(procedure.form?.schema);
  const uiSchema = asObject(procedure.form?.uiSchema);
  const validation = useFormValidation(schema, uiSchema, draft.form);
  const summary = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(false);
  const setServerErrors = useRef(validation.setServerErrors);
  setServerErrors.current = validation.setServerErrors;

  // Only a new set of server errors replaces the shown ones, not every change of the answers.
  useEffect(() => {
    if (serverErrors.length === 0) return;
    setServerErrors.current(serverErrors);
    setSummaryShown(true);
    requestAnimationFrame(() => summary.current?.focus());
  }, [serverErrors]);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      {summaryShown && <ErrorSummary ref={summary} errors={validation.errors} schema={schema} />}
      <EForm
        schema={schema}
        uiSchema={uiSchema}
        value={draft.form}
        onChange={(form) => change((d) => ({ ...d, form }))}
        errors={validation.errors}
        onTouch={validation.touch}
      />
      <StepActions
        onBack={procedure.cases.length > 1 ? () => goTo('case') : undefined}
        onNext={() => {
          if (validation.revealAll()) {
            goTo('documents');
            return;
          }
          setSummaryShown(true);
          requestAnimationFrame(() => summary.current?.focus());
        }}
      />
    </form>
  );
}
