import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * One Ajv for e-forms (JSON Schema 2020-12). Unknown keywords are refused so that a typo in a form
 * is caught when the version is published, not when a citizen files.
 */
function createFormAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv;
}

const ajv = createFormAjv();

export interface FormCheck {
  ok: boolean;
  problems: string[];
}

/** Compiles a form schema and checks that `examples[0]`, when given, is a valid submission. */
export function checkFormSchema(schema: Record<string, unknown>): FormCheck {
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    return { ok: false, problems: [`form schema does not compile: ${(error as Error).message}`] };
  }
  const examples = schema['examples'];
  if (!Array.isArray(examples) || examples.length === 0) {
    return { ok: false, problems: ['form schema has no examples[0] (a complete valid submission)'] };
  }
  if (!validate(examples[0])) {
    const detail = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    return { ok: false, problems: [`form examples[0] is not valid: ${detail}`] };
  }
  return { ok: true, problems: [] };
}
