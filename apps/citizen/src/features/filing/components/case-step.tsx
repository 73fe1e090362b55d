import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { StepActions } from './step-actions.tsx';
import type { StepProps } from './step-props.ts';

/** Which case (trường hợp) of the procedure applies: it decides the documents to photograph. */
export function CaseStep({ procedure, draft, change, goTo }: StepProps) {
  const { t } = useI18n();
  const [error, setError] = useState(false);
  return (
    <>
      <fieldset className="ef-field ef-group" aria-describedby={error ? 'case-error' : undefined}>
        <legend className="ef-label">{t('filing.case.question')}</legend>
        {error && (
          <p id="case-error" className="ef-error">
            {t('filing.case.required')}
          </p>
        )}
        <div className="ef-options">
          {procedure.cases.map((c) => (
            <label key={c.key} htmlFor={`case-${c.key}`} className="ef-option ef-option--confirm">
              <input
                id={`case-${c.key}`}
                type="radio"
                name="case"
                checked={draft.caseKey === c.key}
                onChange={() => {
                  setError(false);
                  change((d) => ({ ...d, caseKey: c.key }));
                }}
              />
              <span>{c.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <StepActions
        onNext={() => {
          if (draft.caseKey === null) setError(true);
          else goTo('form');
        }}
      />
    </>
  );
}
