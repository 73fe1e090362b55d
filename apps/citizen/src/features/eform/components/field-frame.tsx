import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { fieldId, useEForm } from '../eform-context.ts';
import { isObject, titleOf, toPointer, type JsonObject, type Path, type Schema } from '../schema.ts';

export interface FieldMeta {
  id: string;
  label: string;
  help: string | undefined;
  error: string | undefined;
  required: boolean;
  /** Ids of the hint and the error, for `aria-describedby`. */
  describedBy: string | undefined;
  placeholder: string | undefined;
}

function lastSegment(path: Path): string {
  return String(path[path.length - 1] ?? '');
}

/** Label, hint, error and ids of a field, read from its schema and UI schema. */
export function useFieldMeta(schema: Schema, ui: JsonObject, path: Path, required: boolean, extraHelp?: string) {
  const { idPrefix, errors } = useEForm();
  const id = fieldId(idPrefix, path);
  const uiHelp = typeof ui['ui:help'] === 'string' ? ui['ui:help'] : undefined;
  const description = isObject(schema) && typeof schema.description === 'string' ? schema.description : undefined;
  const help = [uiHelp ?? description, extraHelp].filter(Boolean).join(' ') || undefined;
  const error = errors.get(toPointer(path));
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const placeholder = typeof ui['ui:placeholder'] === 'string' ? ui['ui:placeholder'] : undefined;
  const meta: FieldMeta = {
    id,
    label: titleOf(schema, lastSegment(path)),
    help,
    error,
    required,
    describedBy,
    placeholder,
  };
  return meta;
}

export function RequiredMark({ required }: { required: boolean }) {
  const { t } = useI18n();
  if (!required) return null;
  return (
    <>
      {' '}
      <span className="ef-required" aria-hidden="true">
        *
      </span>
      <span className="visually-hidden">{t('eform.requiredMark')}</span>
    </>
  );
}

export function FieldHelp({ meta }: { meta: FieldMeta }) {
  if (!meta.help) return null;
  return (
    <p id={`${meta.id}-help`} className="ef-help">
      {meta.help}
    </p>
  );
}

export function FieldError({ meta }: { meta: FieldMeta }) {
  if (!meta.error) return null;
  return (
    <p id={`${meta.id}-error`} className="ef-error">
      {meta.error}
    </p>
  );
}

/** A labelled single control: label, hint, error, then the control itself. */
export function FieldFrame({ meta, children }: { meta: FieldMeta; children: ReactNode }) {
  return (
    <div className={meta.error ? 'ef-field ef-field--invalid' : 'ef-field'}>
      <label htmlFor={meta.id} className="ef-label">
        {meta.label}
        <RequiredMark required={meta.required} />
      </label>
      <FieldHelp meta={meta} />
      <FieldError meta={meta} />
      {children}
    </div>
  );
}

/** A group of controls (radios, checkboxes) named by a legend. */
export function GroupFrame({ meta, children }: { meta: FieldMeta; children: ReactNode }) {
  return (
    <fieldset
      id={meta.id}
      className={meta.error ? 'ef-field ef-group ef-field--invalid' : 'ef-field ef-group'}
      aria-describedby={meta.describedBy}
      tabIndex={-1}
    >
      <legend className="ef-label">
        {meta.label}
        <RequiredMark required={meta.required} />
      </legend>
      <FieldHelp meta={meta} />
      <FieldError meta={meta} />
      {children}
    </fieldset>
  );
}
