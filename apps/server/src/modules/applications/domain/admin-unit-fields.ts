/**
 * Administrative-unit codes inside a dossier's e-form. A field holds a unit code when its UI schema
 * says `ui:widget: "admin-unit"` (a province or a commune picker); nested objects and arrays carry
 * their own UI schema under the same key (`items` for arrays).
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface FormRemap {
  form: unknown;
  /** The old codes replaced, once per field replaced. */
  replaced: string[];
  /** Every unit code found in the form after the change. */
  codes: string[];
}

/** Replaces old unit codes by new ones in the admin-unit fields of a form, leaving the rest as is. */
export function remapFormUnitCodes(form: unknown, uiSchema: unknown, mapping: ReadonlyMap<string, string>): FormRemap {
  const replaced: string[] = [];
  const codes: string[] = [];
  const walk = (value: unknown, ui: unknown): unknown => {
    if (!isRecord(ui)) return value;
    if (ui['ui:widget'] === 'admin-unit' && typeof value === 'string') {
      const next = mapping.get(value);
      if (next !== undefined) replaced.push(value);
      codes.push(next ?? value);
      return next ?? value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, ui['items']));
    if (isRecord(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner, ui[key])]));
    }
    return value;
  };
  return { form: walk(form, uiSchema), replaced, codes };
}
