import { createContext, useContext, type ComponentType } from 'react';
import type { FormValue } from './form-data.ts';
import { toPointer, type JsonObject, type Path, type Schema } from './schema.ts';

/** What every field of one rendered form shares. */
export interface EFormContextValue {
  /** The whole form's schema, for `$ref` and for conditions that look at other answers. */
  rootSchema: Schema;
  value: FormValue;
  /** Messages to show now, by JSON pointer (validation of touched fields, or of all after "continue"). */
  errors: ReadonlyMap<string, string>;
  setValue: (path: Path, value: unknown) => void;
  /** The citizen left a field: its errors may show from now on. */
  touch: (path: Path) => void;
  idPrefix: string;
  /** The field dispatcher, passed down so that containers and fields need not import each other. */
  Field: ComponentType<FieldProps>;
}

export interface FieldProps {
  schema: Schema;
  ui: JsonObject;
  path: Path;
  required: boolean;
  /** The UI node of the object holding this field, for fields that depend on a sibling. */
  parentUi?: JsonObject;
}

export const EFormContext = createContext<EFormContextValue | null>(null);

export function useEForm(): EFormContextValue {
  const context = useContext(EFormContext);
  if (!context) throw new Error('useEForm must be used inside <EForm>');
  return context;
}

/** The DOM id of a field: `ef-applicant-idNumber`; its hint and error add `-help`, `-error`. */
export function fieldId(idPrefix: string, path: Path): string {
  const pointer = toPointer(path);
  return `${idPrefix}${pointer.replace(/\//g, '-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
