import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { FieldProblem } from '../../lib/http.ts';
import { withRequiredSections } from './conditions.ts';
import { valueAt, type FormValue } from './form-data.ts';
import { errorsByPointer } from './messages.ts';
import { fromPointer, toPointer, type JsonObject, type Path, type Schema } from './schema.ts';
import { deepEqual, validate } from './validate.ts';

interface ServerError extends FieldProblem {
  /** The answer the server judged; the message goes once the citizen changes it. */
  judged: unknown;
}

export interface FormValidation {
  /** Messages to show now. */
  errors: ReadonlyMap<string, string>;
  /** Every current problem, shown or not. */
  allErrors: ReadonlyMap<string, string>;
  touch: (path: Path) => void;
  /** Shows every message (the citizen pressed "continue") and answers whether the form is valid. */
  revealAll: () => boolean;
  /** The server's field errors (pointers inside the form), shown until the answers change. */
  setServerErrors: (errors: readonly FieldProblem[]) => void;
}

/**
 * Client-side checks of an e-form with its own schema, for quick guidance; the server checks the
 * same schema again and its 422 field errors are shown next to the same fields.
 */
export function useFormValidation(schema: Schema, uiSchema: JsonObject, value: FormValue): FormValidation {
  const { t, lang } = useI18n();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [server, setServer] = useState<readonly ServerError[]>([]);

  const allErrors = useMemo(
    () => errorsByPointer(validate(schema, withRequiredSections(schema, value, schema)), { schema, uiSchema, lang, t }),
    [schema, uiSchema, value, lang, t],
  );

  const errors = useMemo(() => {
    const shown = new Map<string, string>();
    for (const error of server) {
      if (deepEqual(valueAt(value, fromPointer(error.pointer)), error.judged)) shown.set(error.pointer, error.message);
    }
    for (const [pointer, message] of allErrors) {
      if ((showAll || touched.has(pointer)) && !shown.has(pointer)) shown.set(pointer, message);
    }
    return shown;
  }, [allErrors, server, showAll, touched, value]);

  const touch = useCallback((path: Path) => {
    const pointer = toPointer(path);
    setTouched((current) => (current.has(pointer) ? current : new Set(current).add(pointer)));
  }, []);

  const revealAll = useCallback(() => {
    setShowAll(true);
    return allErrors.size === 0;
  }, [allErrors]);

  const setServerErrors = useCallback(
    (problems: readonly FieldProblem[]) => {
      setServer(problems.map((p) => ({ ...p, judged: valueAt(value, fromPointer(p.pointer)) })));
    },
    [value],
  );

  return { errors, allErrors, touch, revealAll, setServerErrors };
}
