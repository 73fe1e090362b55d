/**
 * The catalogue editor works on a procedure definition as JSON (the shape a published version
 * stores: `ProcedureDefinition` of the shared contracts). These helpers lay one out for editing and
 * check an edited one before it is sent.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys of a definition, in the order an editor reads best. */
const ORDER = [
  'code',
  'name',
  'field',
  'level',
  'decisionNo',
  'authority',
  'unitEids',
  'subjects',
  'steps',
  'processingTime',
  'fee',
  'channels',
  'onlineLevel',
  'cases',
  'conditions',
  'legalBasis',
  'results',
  'keywords',
  'form',
  'uncertainties',
  'source',
] as const;

const REQUIRED = [
  'code',
  'name',
  'field',
  'level',
  'authority',
  'unitEids',
  'subjects',
  'steps',
  'processingTime',
  'fee',
  'channels',
  'onlineLevel',
  'cases',
  'conditions',
  'legalBasis',
  'results',
  'keywords',
  'uncertainties',
] as const;

const LISTS = ['unitEids', 'subjects', 'steps', 'conditions', 'legalBasis', 'results', 'keywords', 'uncertainties'];

/**
 * A definition laid out for editing: its fields in the order an editor reads best, lists it lacks
 * as empty ones. Fields a definition does not have (a detail's `version`, `units`…) are left out.
 */
export function editableDefinition(source: Json): Json {
  const definition: Json = {};
  for (const key of ORDER) {
    const value = source[key];
    if (value !== undefined) definition[key] = value;
    else if (LISTS.includes(key)) definition[key] = [];
  }
  return definition;
}

/** A starting point for a procedure not yet in the catalogue. */
export function blankDefinition(code: string): Json {
  const time = { value: 5, unit: 'working_days' };
  const fee = { amount: 0, text: 'Không' };
  return editableDefinition({
    code,
    name: '',
    field: { name: '' },
    level: 'commune',
    authority: '',
    processingTime: time,
    fee,
    channels: [{ channel: 'counter', processingTime: time, fee }],
    onlineLevel: 'partial',
    cases: [{ key: 'thong-thuong', name: 'Trường hợp thông thường', documents: [] }],
  });
}

export type ParsedDefinition =
  { ok: true; definition: Json } | { ok: false; problem: 'json' | 'shape' | 'code'; detail: string };

/**
 * Parses the edited text. The server validates the whole definition; this only catches what can be
 * said at once: broken JSON, missing top-level fields, and a code that is not the procedure's.
 */
export function parseDefinition(text: string, code: string): ParsedDefinition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(value)) return { ok: false, problem: 'shape', detail: '{}' };
  const missing = REQUIRED.filter((key) => value[key] === undefined);
  if (missing.length > 0) return { ok: false, problem: 'shape', detail: missing.join(', ') };
  if (value['code'] !== code) return { ok: false, problem: 'code', detail: String(value['code']) };
  return { ok: true, definition: value };
}

/** The e-form in edited text, for the preview: only the JSON has to parse, not the whole definition. */
export function formOfText(text: string): { schema: Json; uiSchema: Json } | null | 'json' {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? formOf(value) : null;
  } catch {
    return 'json';
  }
}

/** The e-form of a definition, if it has a usable one, for the preview. */
export function formOf(definition: Json): { schema: Json; uiSchema: Json } | null {
  const form = definition['form'];
  if (!isRecord(form) || !isRecord(form['schema'])) return null;
  return { schema: form['schema'], uiSchema: isRecord(form['uiSchema']) ? form['uiSchema'] : {} };
}
