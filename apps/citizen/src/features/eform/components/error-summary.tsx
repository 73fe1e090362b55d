import { forwardRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { fieldId } from '../eform-context.ts';
import { fromPointer, schemaAt, titleOf, type Schema } from '../schema.ts';

/** Moves focus to a field: its control, or the first control of a group. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const control =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector<HTMLElement>('input, select, textarea') ?? element)
      : element;
  control.focus();
  // Not every browser engine (nor jsdom) has scrollIntoView.
  (control as Partial<Pick<HTMLElement, 'scrollIntoView'>>).scrollIntoView?.({ block: 'center' });
}

/** A long list hides the form; the first ones say where to start, each field shows its own. */
const SHOWN = 8;

interface ErrorSummaryProps {
  errors: ReadonlyMap<string, string>;
  schema: Schema;
  idPrefix?: string;
}

/**
 * The list of what to fix, shown at the top after "continue" (WCAG 3.3.1): each entry names the
 * field and links to it. It takes focus so a screen reader reads it at once.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, schema, idPrefix = 'ef' },
  ref,
) {
  const { t } = useI18n();
  if (errors.size === 0) return null;
  const all = [...errors.entries()];
  const entries = all.slice(0, SHOWN);
  return (
    <div ref={ref} className="ef-summary" role="alert" tabIndex={-1} data-testid="form-error-summary">
      <p className="ef-summary__title">
        {all.length === 1 ? t('eform.summary.one') : t('eform.summary', { n: all.length })}
      </p>
      <ul>
        {entries.map(([pointer, message]) => {
          const path = fromPointer(pointer);
          const id = fieldId(idPrefix, path);
          const label = titleOf(schemaAt(schema, path) ?? true, path[path.length - 1] ?? '').replace(/[.:]\s*$/, '');
          return (
            <li key={pointer}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(id);
                }}
              >
                {label}: {message}
              </a>
            </li>
          );
        })}
        {all.length > SHOWN && <li>{t('eform.summaryMore', { n: all.length - SHOWN })}</li>}
      </ul>
    </div>
  );
});
