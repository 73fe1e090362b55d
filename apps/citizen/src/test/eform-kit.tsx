import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import type { Lang } from '../i18n/translate.ts';
import { EForm } from '../features/eform/components/eform.tsx';
import { fieldId } from '../features/eform/eform-context.ts';
import { normaliseText, type FormValue } from '../features/eform/form-data.ts';
import { choicesOf, isObject, type JsonObject, type Path } from '../features/eform/schema.ts';
import { useFormValidation } from '../features/eform/use-form-validation.ts';

/* Helpers for tests of the e-form renderer: a form with a submit button, and ways to reach fields. */

interface HarnessProps {
  schema: JsonObject;
  uiSchema: JsonObject;
  initial: FormValue;
  onSubmit: (value: FormValue) => void;
}

function Harness({ schema, uiSchema, initial, onSubmit }: HarnessProps) {
  const [value, setValue] = useState(initial);
  const validation = useFormValidation(schema, uiSchema, value);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (validation.revealAll()) onSubmit(normaliseText(value) as FormValue);
      }}
    >
      <EForm
        schema={schema}
        uiSchema={uiSchema}
        value={value}
        onChange={setValue}
        errors={validation.errors}
        onTouch={validation.touch}
      />
      <button type="submit">Gửi tờ khai</button>
    </form>
  );
}

export function renderForm(props: HarnessProps, lang: Lang = 'vi') {
  return render(
    <I18nProvider initialLang={lang}>
      <Harness {...props} />
    </I18nProvider>,
  );
}

export function submitForm(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Gửi tờ khai' }));
}

export function fieldElement(path: Path): HTMLElement | null {
  return document.getElementById(fieldId('ef', path));
}

export function control(path: Path): HTMLInputElement {
  const element = fieldElement(path);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error(`no text control at ${path.join('/')}`);
  }
  return element as HTMLInputElement;
}

/** Types into a field and leaves it, as a citizen does. */
export function type(path: Path, text: string): void {
  const input = control(path);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

/** The message shown under a field, checked to be wired to the control (aria-describedby, aria-invalid). */
export function errorOf(path: Path): string | null {
  const id = fieldId('ef', path);
  const error = document.getElementById(`${id}-error`);
  if (!error) return null;
  const owner = document.getElementById(id);
  const describedBy = owner?.getAttribute('aria-describedby') ?? '';
  if (!describedBy.split(' ').includes(`${id}-error`)) throw new Error(`${id} is not described by its error`);
  return error.textContent;
}

/** Picks a listed answer, whether drawn as radio buttons or as a select. */
export function choose(schema: JsonObject, path: Path, value: unknown): void {
  const element = fieldElement(path);
  const title = (choicesOf(schema) ?? []).find((c) => c.value === value)?.title ?? String(value);
  if (element instanceof HTMLFieldSetElement) {
    const radio = [...element.querySelectorAll('label')].find((label) => label.textContent === title);
    const input = radio?.querySelector('input');
    if (!input) throw new Error(`no option "${title}" at ${path.join('/')}`);
    fireEvent.click(input);
    return;
  }
  if (element instanceof HTMLSelectElement) {
    const option = [...element.options].find((o) => o.textContent === title);
    if (!option) throw new Error(`no option "${title}" at ${path.join('/')}`);
    fireEvent.change(element, { target: { value: option.value } });
    return;
  }
  throw new Error(`no choice control at ${path.join('/')}`);
}

/** Leaf answers of an example with their schema and UI nodes, in document order. */
export interface Leaf {
  path: (string | number)[];
  value: unknown;
  schema: JsonObject;
  ui: JsonObject;
  required: boolean;
}

export function leaves(schema: JsonObject, ui: JsonObject, value: unknown, path: (string | number)[] = []): Leaf[] {
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    return Object.entries(value).flatMap(([key, child]) => {
      const childSchema = isObject(properties[key]) ? properties[key] : {};
      const childUi = isObject(ui[key]) ? ui[key] : {};
      const found = leaves(childSchema, childUi, child, [...path, key]);
      return isObject(child) || Array.isArray(child)
        ? found
        : [{ ...found[0], required: required.includes(key) } as Leaf];
    });
  }
  if (Array.isArray(value) && !choicesOf(isObject(schema.items) ? schema.items : {})) {
    const items = isObject(schema.items) ? schema.items : {};
    const itemUi = isObject(ui.items) ? ui.items : {};
    return value.flatMap((item: unknown, index) => leaves(items, itemUi, item, [...path, index]));
  }
  return [{ path, value, schema, ui, required: false }];
}
