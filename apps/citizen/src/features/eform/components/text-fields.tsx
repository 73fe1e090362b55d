import { useState, type HTMLAttributes } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { displayDateEntry, parseDateEntry } from '../../../lib/date-entry.ts';
import { useEForm, type FieldProps } from '../eform-context.ts';
import { valueAt } from '../form-data.ts';
import type { FieldKind } from '../messages.ts';
import { FieldFrame, useFieldMeta, type FieldMeta } from './field-frame.tsx';

type InputMode = HTMLAttributes<HTMLInputElement>['inputMode'];

interface InputShape {
  type: string;
  inputMode?: InputMode;
  autoComplete: string;
  maxLength?: number;
  /** Cleans what was typed when the citizen leaves the field (spaces in a phone number…). */
  clean?: (text: string) => string;
}

const withoutSeparators = (text: string): string => text.replace(/[\s.-]/g, '');

const shapes: Partial<Record<FieldKind, InputShape>> = {
  'id-number': { type: 'text', inputMode: 'numeric', autoComplete: 'off', maxLength: 20, clean: withoutSeparators },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel', maxLength: 20, clean: withoutSeparators },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email', clean: (text) => text.trim() },
};

/** What a control shows for a stored answer: text and numbers as written, anything else blank. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function inputProps(meta: FieldMeta) {
  return {
    id: meta.id,
    className: 'ef-input',
    'aria-invalid': meta.error ? true : undefined,
    'aria-required': meta.required || undefined,
    'aria-describedby': meta.describedBy,
    placeholder: meta.placeholder,
  };
}

/** Text in one line or several; phone, ID number and e-mail get the right keyboard. */
export function TextField({ schema, ui, path, required, kind }: FieldProps & { kind: FieldKind }) {
  const { value, setValue, touch } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const current = valueAt(value, path);
  const text = textOf(current);
  const change = (next: string) => {
    setValue(path, next === '' ? undefined : next.normalize('NFC'));
  };
  const leave = (raw: string) => {
    const cleaned = (shapes[kind]?.clean ?? ((t: string) => t.trim()))(raw);
    if (cleaned !== raw) change(cleaned);
    touch(path);
  };
  if (kind === 'textarea') {
    return (
      <FieldFrame meta={meta}>
        <textarea
          {...inputProps(meta)}
          rows={3}
          value={text}
          onChange={(event) => change(event.target.value)}
          onBlur={(event) => leave(event.target.value)}
        />
      </FieldFrame>
    );
  }
  const shape = shapes[kind] ?? { type: 'text', autoComplete: 'off' };
  return (
    <FieldFrame meta={meta}>
      <input
        {...inputProps(meta)}
        type={shape.type}
        inputMode={shape.inputMode}
        autoComplete={shape.autoComplete}
        maxLength={shape.maxLength}
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={(event) => leave(event.target.value)}
      />
    </FieldFrame>
  );
}

/**
 * A date typed as dd/MM/yyyy. The form keeps ISO `yyyy-MM-dd` once the text is a real date, and
 * the text as typed until then, so an impossible date (31/02) fails the schema's `format: date`.
 */
export function DateField({ schema, ui, path, required }: FieldProps) {
  const { t } = useI18n();
  const { value, setValue, touch } = useEForm();
  const hasHelp = typeof ui['ui:help'] === 'string';
  const meta = useFieldMeta(schema, ui, path, required, hasHelp ? undefined : t('eform.dateHint'));
  const [typing, setTyping] = useState<string | null>(null);
  const current = valueAt(value, path);
  const text = typing ?? (typeof current === 'string' ? displayDateEntry(current) : '');
  return (
    <FieldFrame meta={meta}>
      <input
        {...inputProps(meta)}
        className="ef-input ef-input--date"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        placeholder={meta.placeholder ?? 'dd/mm/yyyy'}
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          setTyping(typed);
          setValue(path, typed.trim() === '' ? undefined : (parseDateEntry(typed) ?? typed.trim()));
        }}
        onBlur={() => {
          setTyping(null);
          touch(path);
        }}
      />
    </FieldFrame>
  );
}

const GROUPED_THOUSANDS = /^\d{1,3}(?:[.\s]\d{3})+$/;

/** `150000000` → `150.000.000`, as amounts are read in Vietnam; small numbers stay plain. */
function groupThousands(value: number): string {
  if (Math.abs(value) < 10000) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** What a typed number means: `150.000.000` is grouped thousands, as Vietnamese write money. */
function parseNumber(text: string, integer: boolean): number | string {
  const trimmed = text.trim();
  if (integer && GROUPED_THOUSANDS.test(trimmed)) return Number(trimmed.replace(/[.\s]/g, ''));
  const normalised = integer ? trimmed : trimmed.replace(',', '.');
  const pattern = integer ? /^-?\d+$/ : /^-?\d+(?:\.\d+)?$/;
  return pattern.test(normalised) ? Number(normalised) : trimmed;
}

/** A count or an amount; text that is not a number is kept, so the schema's `type` check names it. */
export function NumberField({ schema, ui, path, required, kind }: FieldProps & { kind: FieldKind }) {
  const { value, setValue, touch } = useEForm();
  const meta = useFieldMeta(schema, ui, path, required);
  const [typing, setTyping] = useState<string | null>(null);
  const current = valueAt(value, path);
  const integer = kind === 'integer';
  const text = typing ?? (typeof current === 'number' && integer ? groupThousands(current) : textOf(current));
  return (
    <FieldFrame meta={meta}>
      <input
        {...inputProps(meta)}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          setTyping(typed);
          setValue(path, typed.trim() === '' ? undefined : parseNumber(typed, integer));
        }}
        onBlur={() => {
          setTyping(null);
          touch(path);
        }}
      />
    </FieldFrame>
  );
}
