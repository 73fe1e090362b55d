/**
 * Shared JSON Schema 2020-12 fragments and rjsf-style UI fragments for the demo e-forms.
 * Schemas carry no `ui:*` keys; the UI hints live only in the uiSchema fragments below.
 */

export type JsonSchema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Số định danh cá nhân / số thẻ căn cước: 12 digits (Luật Căn cước 2023). */
export const ID_NUMBER_PATTERN = '^[0-9]{12}$';
/** Vietnamese mobile numbers: 0 or +84, then a 3/5/7/8/9 network prefix and 8 digits. */
export const PHONE_PATTERN = '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$';
/** Administrative unit codes of QĐ 19/2025/QĐ-TTg: 2-digit province, 5-digit commune. */
export const PROVINCE_CODE_PATTERN = '^[0-9]{2}$';
export const COMMUNE_CODE_PATTERN = '^[0-9]{5}$';

/** Adds `key: value` only when a value is given, so optional annotations stay out of the output. */
function put(base: Record<string, unknown>, key: string, value: string | undefined): Record<string, unknown> {
  return value === undefined ? base : { ...base, [key]: value };
}

export interface EnumOption {
  readonly const: string;
  readonly title: string;
}

export function text(title: string, options: { maxLength?: number; description?: string } = {}): JsonSchema {
  const schema = { type: 'string', title, minLength: 1, maxLength: options.maxLength ?? 200 };
  return put(schema, 'description', options.description);
}

export function personName(title: string): JsonSchema {
  return text(title, { maxLength: 100, description: 'Ghi đầy đủ họ, chữ đệm và tên, có dấu.' });
}

export function date(title: string, description?: string): JsonSchema {
  return put({ type: 'string', format: 'date', title }, 'description', description);
}

export function idNumber(title = 'Số định danh cá nhân'): JsonSchema {
  return {
    type: 'string',
    title,
    pattern: ID_NUMBER_PATTERN,
    description: 'Số in trên thẻ căn cước/căn cước công dân, gồm 12 chữ số.',
  };
}

export function phone(title = 'Số điện thoại di động'): JsonSchema {
  return { type: 'string', title, pattern: PHONE_PATTERN };
}

export function email(title = 'Thư điện tử'): JsonSchema {
  return { type: 'string', format: 'email', title, maxLength: 254 };
}

export function choice(title: string, options: readonly EnumOption[], description?: string): JsonSchema {
  const oneOf = options.map((o) => ({ const: o.const, title: o.title }));
  return put({ type: 'string', title, oneOf }, 'description', description);
}

export function yesNo(title: string, description?: string): JsonSchema {
  const oneOf = [
    { const: true, title: 'Có' },
    { const: false, title: 'Không' },
  ];
  return put({ type: 'boolean', title, oneOf }, 'description', description);
}

export function count(title: string, minimum: number, maximum: number): JsonSchema {
  return { type: 'integer', title, minimum, maximum };
}

const sexOptions: readonly EnumOption[] = [
  { const: 'male', title: 'Nam' },
  { const: 'female', title: 'Nữ' },
];

export function sex(title = 'Giới tính'): JsonSchema {
  return choice(title, sexOptions);
}

export function ethnicity(title = 'Dân tộc'): JsonSchema {
  return text(title, { maxLength: 50, description: 'Ví dụ: Kinh, Khmer, Chăm, Hoa.' });
}

export function nationality(title = 'Quốc tịch'): JsonSchema {
  return text(title, { maxLength: 60 });
}

/** An address: province and commune by code (after 01/7/2025), plus house number/street/hamlet. */
export function address(title: string): JsonSchema {
  return {
    type: 'object',
    title,
    additionalProperties: false,
    required: ['provinceCode', 'communeCode', 'street'],
    properties: {
      provinceCode: { type: 'string', title: 'Tỉnh/thành phố', pattern: PROVINCE_CODE_PATTERN },
      communeCode: { type: 'string', title: 'Xã/phường/đặc khu', pattern: COMMUNE_CODE_PATTERN },
      street: text('Số nhà, đường, ấp/khu phố', { maxLength: 200 }),
    },
  };
}

/** The person filing the dossier (người yêu cầu / người nộp hồ sơ). */
export function applicant(title = 'Người yêu cầu'): JsonSchema {
  return {
    type: 'object',
    title,
    additionalProperties: false,
    required: ['fullName', 'idNumber', 'phone', 'residence'],
    properties: {
      fullName: personName('Họ, chữ đệm và tên'),
      idNumber: idNumber(),
      dateOfBirth: date('Ngày, tháng, năm sinh'),
      phone: phone(),
      email: email(),
      residence: address('Nơi cư trú'),
    },
  };
}

/** "Tôi cam đoan…" tick box: must be ticked to submit. */
export function commitment(title: string): JsonSchema {
  return { type: 'boolean', const: true, title };
}

/** if `field` equals `value` then the listed properties are required (properties are declared at the parent). */
export function requiredWhen(field: string, value: string | boolean, required: readonly string[]): JsonSchema {
  return {
    if: { type: 'object', required: [field], properties: { [field]: { const: value } } },
    then: { required: [...required] },
  };
}

/** if `field` is one of `values` then the listed properties are required. */
export function requiredWhenIn(field: string, values: readonly string[], required: readonly string[]): JsonSchema {
  return {
    if: { type: 'object', required: [field], properties: { [field]: { enum: [...values] } } },
    then: { required: [...required] },
  };
}

/** A member of the household moving with the applicant (CT01 "những thành viên trong hộ gia đình cùng thay đổi"). */
export function householdMembers(title: string): JsonSchema {
  return {
    type: 'array',
    title,
    maxItems: 20,
    items: {
      type: 'object',
      title: 'Thành viên',
      additionalProperties: false,
      required: ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'relationship'],
      properties: {
        fullName: personName('Họ, chữ đệm và tên'),
        dateOfBirth: date('Ngày, tháng, năm sinh'),
        sex: sex(),
        idNumber: idNumber(),
        relationship: text('Quan hệ với người khai', { maxLength: 50 }),
      },
    },
  };
}

/** CT01 (Thông tư 53/2025/TT-BCA): the person whose residence changes. */
export function residenceDeclarant(title = 'Người đề nghị đăng ký'): JsonSchema {
  return {
    type: 'object',
    title,
    additionalProperties: false,
    required: ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'phone'],
    properties: {
      fullName: personName('Họ, chữ đệm và tên'),
      dateOfBirth: date('Ngày, tháng, năm sinh'),
      sex: sex(),
      idNumber: idNumber(),
      phone: phone(),
      email: email(),
    },
  };
}

/** CT01: household head of the home joined, and the owner's consent when the home is not the declarant's. */
export function householdHead(title = 'Chủ hộ nơi đăng ký'): JsonSchema {
  return {
    type: 'object',
    title,
    additionalProperties: false,
    required: ['fullName', 'idNumber', 'relationship'],
    properties: {
      fullName: personName('Họ, chữ đệm và tên chủ hộ'),
      idNumber: idNumber('Số định danh cá nhân của chủ hộ'),
      relationship: text('Quan hệ với chủ hộ', { maxLength: 50 }),
    },
  };
}

export function ownerConsent(title = 'Ý kiến của chủ hộ/chủ sở hữu chỗ ở hợp pháp'): JsonSchema {
  return {
    type: 'object',
    title,
    description:
      'Chủ hộ/chủ sở hữu xác nhận đồng ý trên ứng dụng VNeID hoặc ký vào tờ khai; không cần nếu đã có văn bản đồng ý.',
    additionalProperties: false,
    required: ['ownerName', 'ownerIdNumber', 'agreed'],
    properties: {
      ownerName: personName('Họ, chữ đệm và tên chủ hộ/chủ sở hữu'),
      ownerIdNumber: idNumber('Số định danh cá nhân của chủ hộ/chủ sở hữu'),
      agreed: { type: 'boolean', const: true, title: 'Đồng ý cho người đề nghị đăng ký cư trú tại chỗ ở này' },
    },
  };
}

// ---- UI fragments -------------------------------------------------------------------------------

const requiredMessage = 'Vui lòng nhập thông tin này';
const chooseMessage = 'Vui lòng chọn một mục';

export function textUi(placeholder?: string, help?: string): UiSchema {
  const base = { 'ui:errorMessages': { required: requiredMessage, minLength: requiredMessage } };
  return put(put(base, 'ui:placeholder', placeholder), 'ui:help', help);
}

export function textareaUi(placeholder?: string, help?: string): UiSchema {
  return { ...textUi(placeholder, help), 'ui:widget': 'textarea' };
}

export function dateUi(help?: string): UiSchema {
  const format = 'Ngày không hợp lệ, vui lòng nhập theo dạng ngày/tháng/năm (ví dụ 05/09/2026)';
  const base = { 'ui:widget': 'date', 'ui:placeholder': 'dd/mm/yyyy' };
  return put({ ...base, 'ui:errorMessages': { required: 'Vui lòng chọn ngày', format } }, 'ui:help', help);
}

export function idNumberUi(help = 'Nhập 12 chữ số in trên thẻ căn cước hoặc lấy từ VNeID.'): UiSchema {
  return {
    'ui:widget': 'id-number',
    'ui:placeholder': 'Ví dụ: 072195001234',
    'ui:help': help,
    'ui:errorMessages': {
      pattern: 'Số căn cước gồm đúng 12 chữ số, vui lòng kiểm tra lại',
      required: 'Vui lòng nhập số định danh cá nhân (12 chữ số)',
    },
  };
}

export function phoneUi(help = 'Cơ quan sẽ nhắn tin/gọi vào số này để hẹn trả kết quả.'): UiSchema {
  return {
    'ui:widget': 'phone',
    'ui:placeholder': 'Ví dụ: 0918123456',
    'ui:help': help,
    'ui:errorMessages': {
      pattern: 'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84)',
      required: 'Vui lòng nhập số điện thoại để nhận thông báo',
    },
  };
}

export function emailUi(): UiSchema {
  return {
    'ui:placeholder': 'tenban@example.com',
    'ui:help': 'Không bắt buộc. Dùng để nhận bản điện tử kết quả.',
    'ui:errorMessages': { format: 'Địa chỉ thư điện tử chưa đúng, ví dụ: tenban@gmail.com' },
  };
}

export function radioUi(help?: string): UiSchema {
  return put({ 'ui:widget': 'radio', 'ui:errorMessages': { required: chooseMessage } }, 'ui:help', help);
}

export function selectUi(placeholder = '— Chọn —', help?: string): UiSchema {
  const base = {
    'ui:widget': 'select',
    'ui:placeholder': placeholder,
    'ui:errorMessages': { required: chooseMessage },
  };
  return put(base, 'ui:help', help);
}

export function checkboxUi(help?: string): UiSchema {
  const message = 'Vui lòng đánh dấu xác nhận để tiếp tục';
  return put({ 'ui:errorMessages': { const: message, required: message } }, 'ui:help', help);
}

export function countUi(help?: string): UiSchema {
  const messages = { minimum: 'Số lượng quá nhỏ', maximum: 'Số lượng vượt mức cho phép' };
  return put({ 'ui:errorMessages': messages }, 'ui:help', help);
}

export function addressUi(help?: string): UiSchema {
  const ui = {
    'ui:order': ['provinceCode', 'communeCode', 'street'],
    provinceCode: {
      'ui:widget': 'admin-unit',
      'ui:options': { level: 'province' },
      'ui:placeholder': 'Chọn tỉnh/thành phố',
      'ui:errorMessages': {
        required: 'Vui lòng chọn tỉnh/thành phố',
        pattern: 'Vui lòng chọn tỉnh/thành phố trong danh sách',
      },
    },
    communeCode: {
      'ui:widget': 'admin-unit',
      'ui:options': { level: 'commune', parentField: 'provinceCode' },
      'ui:placeholder': 'Chọn xã/phường',
      'ui:errorMessages': { required: 'Vui lòng chọn xã/phường', pattern: 'Vui lòng chọn xã/phường trong danh sách' },
    },
    street: textUi('Ví dụ: 12 đường Cách Mạng Tháng Tám, khu phố 1'),
  };
  return put(ui, 'ui:help', help);
}

export function applicantUi(): UiSchema {
  return {
    'ui:order': ['fullName', 'idNumber', 'dateOfBirth', 'phone', 'email', 'residence'],
    fullName: textUi('Ví dụ: Trần Thị Mỹ Linh'),
    idNumber: idNumberUi(),
    dateOfBirth: dateUi(),
    phone: phoneUi(),
    email: emailUi(),
    residence: addressUi('Nơi thường trú; nếu không có thì nơi tạm trú hoặc nơi đang sinh sống.'),
  };
}

export function householdMembersUi(): UiSchema {
  return {
    'ui:options': { addButtonLabel: 'Thêm thành viên', orderable: false },
    items: {
      'ui:order': ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'relationship'],
      fullName: textUi(),
      dateOfBirth: dateUi(),
      sex: radioUi(),
      idNumber: idNumberUi('Trẻ em chưa có thẻ căn cước: nhập số định danh ghi trên Giấy khai sinh.'),
      relationship: textUi('Ví dụ: Con, Vợ, Chồng'),
    },
  };
}

export function residenceDeclarantUi(): UiSchema {
  return {
    'ui:order': ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'phone', 'email'],
    fullName: textUi(),
    dateOfBirth: dateUi(),
    sex: radioUi(),
    idNumber: idNumberUi(),
    phone: phoneUi(),
    email: emailUi(),
  };
}

export function householdHeadUi(): UiSchema {
  return {
    'ui:order': ['fullName', 'idNumber', 'relationship'],
    fullName: textUi(),
    idNumber: idNumberUi(),
    relationship: textUi('Ví dụ: Con, Cháu, Người ở nhờ'),
  };
}

export function ownerConsentUi(): UiSchema {
  return {
    'ui:order': ['ownerName', 'ownerIdNumber', 'agreed'],
    ownerName: textUi(),
    ownerIdNumber: idNumberUi(),
    agreed: checkboxUi('Hệ thống sẽ gửi yêu cầu xác nhận đến tài khoản VNeID của chủ hộ/chủ sở hữu.'),
  };
}

// ---- Example values (Tây Ninh, province code 80; commune 25459 = Phường Tân Ninh) ---------------

export const TAY_NINH_PROVINCE_CODE = '80';
export const TAN_NINH_COMMUNE_CODE = '25459';

export function exampleAddress(street: string): Record<string, string> {
  return { provinceCode: TAY_NINH_PROVINCE_CODE, communeCode: TAN_NINH_COMMUNE_CODE, street };
}
