import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { FilingStep } from '../draft.ts';

interface StepHeaderProps {
  steps: readonly FilingStep[];
  current: FilingStep;
}

/**
 * "Bước 2/5 · Tờ khai" with a bar of the steps. The heading takes focus when the step changes, so
 * a screen reader announces where the citizen now is.
 */
export function StepHeader({ steps, current }: StepHeaderProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const index = steps.indexOf(current);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [current]);
  return (
    <div className="step-header">
      <ol className="step-header__bar" aria-hidden="true">
        {steps.map((step, i) => (
          <li key={step} className={i <= index ? 'step-header__dot step-header__dot--done' : 'step-header__dot'} />
        ))}
      </ol>
      <h2 ref={heading} className="step-header__title" tabIndex={-1}>
        <span className="step-header__count">{t('filing.stepOf', { n: index + 1, total: steps.length })}</span>{' '}
        {t(`filing.step.${current}`)}
      </h2>
    </div>
  );
}
