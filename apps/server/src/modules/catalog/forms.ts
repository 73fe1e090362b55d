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

const validators = new Map<string, ValidateFunction>();

export interface FormFieldError {
  /** JSON pointer inside the form, e.g. `/child/dateOfBirth`. */
  pointer: string;
  message: string;
}

function uiMessage(uiSchema: Record<string, unknown>, pointer: string, keyword: string): string | undefined {
  let node: unknown = uiSchema;
  for (const part of pointer.split('/').filter(Boolean)) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const messages = node && typeof node === 'object' ? (node as Record<string, unknown>)['ui:errorMessages'] : undefined;
  const message = messages && typeof messages === 'object' ? (messages as Record<string, unknown>)[keyword] : undefined;
  return typeof message === 'string' ? message : undefined;
}

const fallbackMessages: Record<string, string> = {
  required: 'Vui lòng điền mục này.',
  pattern: 'Giá trị chưa đúng định dạng.',
  format: 'Giá trị chưa đúng định dạng.',
  enum: 'Vui lòng chọn một giá trị trong danh sách.',
  const: 'Vui lòng chọn một giá trị trong danh sách.',
  oneOf: 'Vui lòng chọn một giá trị trong danh sách.',
  additionalProperties: 'Mục này không có trong tờ khai.',
  type: 'Kiểu dữ liệu chưa đúng.',
  minLength: 'Nội dung quá ngắn.',
  maxLength: 'Nội dung quá dài.',
};

/**
 * Validates a submission against the e-form of a pinned procedure version (compiled once per
 * version). Messages come from the UI schema's `ui:errorMessages`, in Vietnamese, else a default.
 */
export function validateForm(
  versionId: string,
  form: { schema: Record<string, unknown>; uiSchema: Record<string, unknown> },
  data: unknown,
): FormFieldError[] {
  let validate = validators.get(versionId);
  if (!validate) {
    validate = ajv.compile(form.schema);
    if (validators.size > 5000) validators.clear();
    validators.set(versionId, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const missing = e.keyword === 'required' ? `/${String(e.params['missingProperty'])}` : '';
      const extra = e.keyword === 'additionalProperties' ? `/${String(e.params['additionalProperty'])}` : '';
      const pointer = `${e.instancePath}${missing}${extra}`;
      return {
        pointer,
        message:
          uiMessage(form.uiSchema, pointer, e.keyword) ??
          fallbackMessages[e.keyword] ??
          e.message ??
          'Giá trị chưa hợp lệ.',
      };
    });
}
