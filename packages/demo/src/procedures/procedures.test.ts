import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ProcedureDefinition } from '@motcua/contracts';
import { demoProcedures } from './index.ts';
import { ID_NUMBER_PATTERN, PHONE_PATTERN } from './form-parts.ts';

type Json = Record<string, unknown>;

const PROVINCE_CENTRE = '000.00.00.H53';
const DEMO_UNITS = new Set([
  PROVINCE_CENTRE,
  '000.00.01.H53',
  '000.00.02.H53',
  '000.00.03.H53',
  '000.00.04.H53',
  '000.00.05.H53',
  '000.00.06.H53',
  '000.20.01.H53',
  '000.20.02.H53',
  '000.20.03.H53',
  '000.20.04.H53',
  '000.20.05.H53',
  '000.20.06.H53',
]);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown, what: string): Json {
  if (!isObject(value)) throw new Error(`${what} is not an object`);
  return value;
}

/** Strict like the catalogue's publishing check: an unknown keyword or a type slip fails to compile. */
function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv;
}

const withForms = demoProcedures.flatMap((def) => (def.form === undefined ? [] : [{ code: def.code, form: def.form }]));

function firstExample(schema: Json): Json {
  const examples = schema['examples'];
  if (!Array.isArray(examples)) throw new Error('schema.examples is missing');
  return asObject(examples[0], 'examples[0]');
}

/** Paths (in the example) of string fields whose schema has the given pattern. */
function pathsWithPattern(
  schema: Json,
  data: unknown,
  pattern: string,
  prefix: (string | number)[] = [],
): (string | number)[][] {
  if (schema['pattern'] === pattern && typeof data === 'string') return [prefix];
  const found: (string | number)[][] = [];
  const properties = schema['properties'];
  if (isObject(properties) && isObject(data)) {
    for (const [key, sub] of Object.entries(properties)) {
      if (isObject(sub) && key in data) found.push(...pathsWithPattern(sub, data[key], pattern, [...prefix, key]));
    }
  }
  const items = schema['items'];
  if (isObject(items) && Array.isArray(data)) {
    data.forEach((item, index) => found.push(...pathsWithPattern(items, item, pattern, [...prefix, index])));
  }
  return found;
}

function setAt(data: Json, path: readonly (string | number)[], value: unknown): Json {
  const copy = structuredClone(data);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  let node: unknown = copy;
  for (const step of parentPath) node = Reflect.get(node as object, step);
  if (typeof node !== 'object' || node === null) throw new Error(`no container at ${path.join('.')}`);
  if (value === undefined) Reflect.deleteProperty(node, last);
  else Reflect.set(node, last, value);
  return copy;
}

/** Checks that ui:order names real properties and lists all of them, recursively. */
function uiOrderProblems(schema: Json, ui: Json, where: string): string[] {
  const problems: string[] = [];
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const order = ui['ui:order'];
  if (order !== undefined) {
    if (!Array.isArray(order)) return [`${where}: ui:order is not an array`];
    for (const entry of order) {
      if (entry !== '*' && !(typeof entry === 'string' && entry in properties))
        problems.push(`${where}: ui:order names unknown "${String(entry)}"`);
    }
    if (!order.includes('*')) {
      for (const key of Object.keys(properties))
        if (!order.includes(key)) problems.push(`${where}: ui:order misses "${key}"`);
    }
  }
  for (const [key, sub] of Object.entries(ui)) {
    if (key.startsWith('ui:')) continue;
    if (key === 'items' && isObject(schema['items']) && isObject(sub)) {
      problems.push(...uiOrderProblems(schema['items'], sub, `${where}.items`));
      continue;
    }
    const subSchema = properties[key];
    if (!isObject(subSchema)) problems.push(`${where}: ui entry "${key}" has no property`);
    else if (isObject(sub)) problems.push(...uiOrderProblems(subSchema, sub, `${where}.${key}`));
  }
  return problems;
}

function uiKeysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(uiKeysIn);
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, sub]) => (key.startsWith('ui:') ? [key] : uiKeysIn(sub)));
}

/**
 * Example CCCD numbers must agree with the holder's data: digit 4 encodes century and sex (0/1 = male/female
 * born 1900–1999, 2/3 = 2000–2099), digits 5–6 the year of birth.
 */
function idNumberProblems(value: unknown, where: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => idNumberProblems(item, `${where}[${index}]`));
  if (!isObject(value)) return [];
  const problems = Object.entries(value).flatMap(([key, sub]) => idNumberProblems(sub, `${where}.${key}`));
  const { idNumber, dateOfBirth, sex } = value;
  if (typeof idNumber !== 'string' || typeof dateOfBirth !== 'string') return problems;
  const centuryDigit = Number(idNumber.charAt(3));
  const year = Number(dateOfBirth.slice(0, 4));
  if (1900 + Math.floor(centuryDigit / 2) * 100 !== Math.floor(year / 100) * 100)
    problems.push(`${where}: century digit`);
  if (idNumber.slice(4, 6) !== dateOfBirth.slice(2, 4)) problems.push(`${where}: year digits`);
  if (sex === 'male' && centuryDigit % 2 !== 0) problems.push(`${where}: sex digit`);
  if (sex === 'female' && centuryDigit % 2 !== 1) problems.push(`${where}: sex digit`);
  return problems;
}

describe('demo procedure catalogue (Tây Ninh)', () => {
  it('has at least 25 procedures with unique codes', () => {
    expect(demoProcedures.length).toBeGreaterThanOrEqual(25);
    const codes = demoProcedures.map((def) => def.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has at least 8 procedures with e-forms', () => {
    expect(withForms.length).toBeGreaterThanOrEqual(8);
  });

  it.each(demoProcedures.map((def) => [def.code, def] as const))(
    '%s satisfies the ProcedureDefinition contract',
    (_code, def) => {
      const errors = [...Value.Errors(ProcedureDefinition, def)].map((e) => `${e.path}: ${e.message}`);
      expect(errors).toEqual([]);
      expect(Value.Check(ProcedureDefinition, def)).toBe(true);
    },
  );

  it.each(demoProcedures.map((def) => [def.code, def] as const))(
    '%s has consistent cases, channels and units',
    (_code, def) => {
      expect(def.cases.length).toBeGreaterThan(0);
      const caseKeys = def.cases.map((c) => c.key);
      expect(new Set(caseKeys).size).toBe(caseKeys.length);
      for (const procedureCase of def.cases) {
        expect(procedureCase.documents.length, procedureCase.key).toBeGreaterThan(0);
        const docKeys = procedureCase.documents.map((d) => d.key);
        expect(new Set(docKeys).size, procedureCase.key).toBe(docKeys.length);
      }
      const channels = def.channels.map((c) => c.channel);
      expect(new Set(channels).size).toBe(channels.length);
      expect(channels.includes('online')).toBe(def.onlineLevel !== 'info');
      if (def.level === 'commune') expect(def.unitEids).toEqual([]);
      else expect(def.unitEids).toContain(PROVINCE_CENTRE);
      for (const eid of def.unitEids) expect(DEMO_UNITS.has(eid), eid).toBe(true);
    },
  );

  it.each(demoProcedures.map((def) => [def.code, def] as const))(
    '%s text is NFC with no stray whitespace',
    (_code, def) => {
      const json = JSON.stringify(def);
      expect(json).toBe(json.normalize('NFC'));
      expect(json).not.toMatch(/\s\\n|\\t| {2}/);
    },
  );
});

describe.each(withForms)('e-form of $code', ({ form }) => {
  const ajv = newAjv();
  const schema = form.schema;
  const validate = ajv.compile(schema);
  const example = firstExample(schema);

  it('is a JSON Schema 2020-12 object schema without ui keys', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
    expect(uiKeysIn(schema)).toEqual([]);
  });

  it('accepts its first example', () => {
    const ok = validate(example);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('uses CCCD numbers consistent with date of birth and sex', () => {
    expect(idNumberProblems(example, 'example')).toEqual([]);
  });

  it('rejects a bad CCCD number', () => {
    const paths = pathsWithPattern(schema, example, ID_NUMBER_PATTERN);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(validate(setAt(example, path, '07219500123')), path.join('.')).toBe(false);
      expect(validate(setAt(example, path, '07219500123A')), path.join('.')).toBe(false);
    }
  });

  it('rejects a bad phone number', () => {
    const paths = pathsWithPattern(schema, example, PHONE_PATTERN);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(validate(setAt(example, path, '0123456789')), path.join('.')).toBe(false);
      expect(validate(setAt(example, path, '091812345')), path.join('.')).toBe(false);
    }
    const [first] = paths;
    if (first !== undefined) expect(validate(setAt(example, first, '+84918123456'))).toBe(true);
  });

  it('rejects a submission missing a required field', () => {
    const required = schema['required'];
    expect(Array.isArray(required) && required.length > 0).toBe(true);
    for (const key of required as string[]) expect(validate(setAt(example, [key], undefined)), key).toBe(false);
  });

  it('rejects unknown fields', () => {
    expect(validate({ ...example, ghiChu: 'x' })).toBe(false);
  });

  it('has a ui:order that names real properties', () => {
    expect(form.uiSchema['ui:order']).toBeDefined();
    expect(uiOrderProblems(schema, form.uiSchema, 'uiSchema')).toEqual([]);
  });
});

/** Conditional sections (if/then): a mutation of the valid example that must now fail. */
type Mutation = readonly [path: (string | number)[], value: unknown];

const conditionalCases: readonly [code: string, description: string, mutations: readonly Mutation[]][] = [
  ['1.001193', 'có cha nhưng thiếu thông tin người cha', [[['father'], undefined]]],
  ['1.001193', 'ngày sinh sai định dạng', [[['child', 'dateOfBirth'], '10/07/2026']]],
  ['1.001193', 'người được ủy quyền nhưng thiếu văn bản ủy quyền', [[['relationship'], 'authorized']]],
  ['1.001193', 'chưa đánh dấu cam đoan', [[['commitment'], false]]],
  [
    '1.000656',
    'chứng cứ khác nhưng thiếu chi tiết giấy tờ',
    [
      [['deathProof'], 'other-evidence'],
      [['deathProofDetail'], undefined],
    ],
  ],
  ['1.000656', 'giờ chết sai định dạng', [[['death', 'time'], '25:00']]],
  ['1.000894', 'đã ly hôn nhưng thiếu giấy tờ chấm dứt hôn nhân', [[['bride', 'previousMarriageEnd'], undefined]]],
  ['1.000894', 'tình trạng hôn nhân ngoài danh sách', [[['groom', 'maritalHistory'], 'married']]],
  ['2.000635', 'xin trích lục kết hôn nhưng thiếu tên vợ/chồng', [[['eventType'], 'marriage']]],
  ['2.000635', 'số bản sao bằng 0', [[['copies'], 0]]],
  ['1.004873', 'đang có vợ/chồng nhưng thiếu thông tin vợ/chồng', [[['maritalStatus'], 'married']]],
  ['1.004873', 'đã cư trú nơi khác nhưng thiếu danh sách', [[['previousResidences'], undefined]]],
  ['1.004873', 'mục đích khác nhưng thiếu nội dung', [[['purpose'], 'other']]],
  ['1.004194', 'người chưa thành niên thiếu ý kiến cha mẹ', [[['isMinor'], true]]],
  ['1.004194', 'nhà thuê nhưng thiếu ý kiến chủ nhà', [[['ownerConsent'], undefined]]],
  ['1.004194', 'mã xã không đủ 5 chữ số', [[['temporaryAddress', 'communeCode'], '2545']]],
  ['1.004222', 'nhà thuê nhưng thiếu hợp đồng', [[['basis'], 'rented']]],
  ['1.004222', 'về ở với người thân nhưng thiếu chủ hộ', [[['householdHead'], undefined]]],
  ['1.004222', 'mã tỉnh sai', [[['permanentAddress', 'provinceCode'], '8']]],
  [
    '3.000333',
    'Phiếu số 2 làm thay',
    [
      [['certificateType'], '2'],
      [['requestOnBehalf'], true],
      [
        ['representative'],
        { fullName: 'Lý Văn Thành', idNumber: '072065001111', phone: '0918000111', relationship: 'parent' },
      ],
    ],
  ],
  [
    '3.000333',
    'Phiếu số 2 thiếu thông tin cha mẹ',
    [
      [['certificateType'], '2'],
      [['family'], undefined],
    ],
  ],
  ['3.000333', 'làm thay nhưng thiếu người làm thay', [[['requestOnBehalf'], true]]],
  ['3.000333', 'nhận qua bưu chính nhưng thiếu địa chỉ', [[['receiveMethod'], 'postal']]],
  ['3.000333', 'tháng cư trú sai định dạng', [[['residenceHistory', 0, 'from'], '2013-13']]],
  ['1.001612', 'hộ gia đình nhưng thiếu danh sách thành viên', [[['registrantType'], 'household']]],
  ['1.001612', 'tên không bắt đầu bằng "Hộ kinh doanh"', [[['businessName'], 'Cà phê Mộc Trà']]],
  ['1.001612', 'không có ngành nghề', [[['businessLines'], []]]],
  ['3.000347', 'hạng ô tô nhưng thiếu giấy khám sức khỏe', [[['healthCertificate'], undefined]]],
  ['3.000347', 'hạng không tồn tại', [[['currentLicence', 'classes'], ['Z9']]]],
  ['3.000347', 'nhận qua bưu chính nhưng thiếu địa chỉ', [[['deliveryAddress'], undefined]]],
];

/** Valid variants: mutations that keep the example valid (conditions that switch sections off). */
const validVariants: readonly [code: string, description: string, mutations: readonly Mutation[]][] = [
  ['1.001193', 'không có thông tin người cha', [[['hasFather'], false]]],
  ['3.000347', 'chỉ có hạng xe máy thì không cần giấy khám sức khỏe', [[['currentLicence', 'classes'], ['A1']]]],
  ['3.000333', 'Phiếu số 2 tự yêu cầu', [[['certificateType'], '2']]],
  [
    '3.000333',
    'Phiếu số 1 do cha làm thay',
    [
      [['requestOnBehalf'], true],
      [
        ['representative'],
        { fullName: 'Lý Văn Thành', idNumber: '072065001111', phone: '0918000111', relationship: 'parent' },
      ],
    ],
  ],
  [
    '1.004873',
    'mục đích khác',
    [
      [['purpose'], 'other'],
      [['intendedSpouse'], undefined],
      [['otherPurpose'], 'Bổ sung hồ sơ vay vốn ngân hàng'],
    ],
  ],
];

function applyAll(example: Json, mutations: readonly Mutation[]): Json {
  return mutations.reduce((data, [path, value]) => setAt(data, path, value), example);
}

function formOf(code: string): { validate: ReturnType<Ajv2020['compile']>; example: Json } {
  const def = demoProcedures.find((d) => d.code === code);
  if (def?.form === undefined) throw new Error(`${code} has no form`);
  return { validate: newAjv().compile(def.form.schema), example: firstExample(def.form.schema) };
}

describe('conditional sections', () => {
  it.each(conditionalCases)('%s: %s → invalid', (code, _description, mutations) => {
    const { validate, example } = formOf(code);
    expect(validate(example)).toBe(true);
    expect(validate(applyAll(example, mutations))).toBe(false);
  });

  it.each(validVariants)('%s: %s → valid', (code, _description, mutations) => {
    const { validate, example } = formOf(code);
    const variant = applyAll(example, mutations);
    const ok = validate(variant);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
