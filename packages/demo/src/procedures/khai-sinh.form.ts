import type { ProcedureForm } from '@motcua/contracts';
import {
  JSON_SCHEMA_DIALECT,
  address,
  addressUi,
  applicant,
  applicantUi,
  checkboxUi,
  choice,
  commitment,
  count,
  countUi,
  date,
  dateUi,
  ethnicity,
  exampleAddress,
  idNumber,
  idNumberUi,
  nationality,
  personName,
  radioUi,
  requiredWhen,
  selectUi,
  sex,
  text,
  textUi,
  yesNo,
  type JsonSchema,
  type UiSchema,
} from './form-parts.ts';

/** Mother/father block of the tờ khai đăng ký khai sinh. */
function parent(title: string): JsonSchema {
  return {
    type: 'object',
    title,
    additionalProperties: false,
    required: ['fullName', 'dateOfBirth', 'ethnicity', 'nationality', 'residence'],
    properties: {
      fullName: personName('Họ, chữ đệm và tên'),
      dateOfBirth: date('Ngày, tháng, năm sinh'),
      ethnicity: ethnicity(),
      nationality: nationality(),
      idNumber: idNumber('Số định danh cá nhân (nếu có)'),
      residence: address('Nơi cư trú'),
    },
  };
}

function parentUi(): UiSchema {
  return {
    'ui:order': ['fullName', 'dateOfBirth', 'ethnicity', 'nationality', 'idNumber', 'residence'],
    fullName: textUi(),
    dateOfBirth: dateUi(),
    ethnicity: textUi('Kinh'),
    nationality: textUi('Việt Nam'),
    idNumber: idNumberUi(),
    residence: addressUi(),
  };
}

const schema: JsonSchema = {
  $schema: JSON_SCHEMA_DIALECT,
  title: 'Tờ khai đăng ký khai sinh',
  type: 'object',
  additionalProperties: false,
  required: ['applicant', 'relationship', 'child', 'mother', 'hasFather', 'birthProof', 'copies', 'commitment'],
  properties: {
    applicant: applicant('Người đi đăng ký khai sinh'),
    relationship: choice('Quan hệ với người được khai sinh', [
      { const: 'mother', title: 'Mẹ' },
      { const: 'father', title: 'Cha' },
      { const: 'grandparent', title: 'Ông, bà' },
      { const: 'relative', title: 'Người thân thích khác' },
      { const: 'authorized', title: 'Người được ủy quyền' },
    ]),
    authorizationDocument: text('Văn bản ủy quyền', {
      description: 'Số, ngày và nơi chứng thực văn bản ủy quyền. Ông, bà, người thân thích không cần ủy quyền.',
    }),
    child: {
      type: 'object',
      title: 'Người được khai sinh',
      additionalProperties: false,
      required: [
        'fullName',
        'sex',
        'dateOfBirth',
        'placeOfBirthType',
        'placeOfBirth',
        'ethnicity',
        'nationality',
        'hometown',
      ],
      properties: {
        fullName: personName('Họ, chữ đệm và tên'),
        sex: sex(),
        dateOfBirth: date('Ngày, tháng, năm sinh'),
        placeOfBirthType: choice('Sinh tại', [
          { const: 'health-facility', title: 'Cơ sở y tế' },
          { const: 'other', title: 'Ngoài cơ sở y tế (tại nhà, trên đường…)' },
        ]),
        placeOfBirth: text('Nơi sinh', {
          description:
            'Tên cơ sở y tế và địa danh xã, tỉnh; nếu sinh ngoài cơ sở y tế thì ghi địa danh xã, tỉnh nơi sinh.',
        }),
        ethnicity: ethnicity(),
        nationality: nationality(),
        hometown: text('Quê quán', { description: 'Theo quê quán của cha hoặc mẹ, theo thỏa thuận của cha mẹ.' }),
      },
    },
    mother: parent('Thông tin người mẹ'),
    hasFather: yesNo('Có thông tin về người cha', 'Chọn "Không" nếu chưa xác định được người cha.'),
    father: parent('Thông tin người cha'),
    birthProof: choice('Giấy tờ chứng minh việc sinh', [
      { const: 'birth-certificate', title: 'Giấy chứng sinh' },
      { const: 'witness-statement', title: 'Văn bản của người làm chứng' },
      { const: 'self-declaration', title: 'Giấy cam đoan về việc sinh' },
    ]),
    birthCertificateNumber: text('Số Giấy chứng sinh', { maxLength: 50 }),
    copies: count('Số bản sao Giấy khai sinh đề nghị cấp', 0, 10),
    commitment: commitment('Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật.'),
  },
  allOf: [
    requiredWhen('hasFather', true, ['father']),
    requiredWhen('birthProof', 'birth-certificate', ['birthCertificateNumber']),
    requiredWhen('relationship', 'authorized', ['authorizationDocument']),
  ],
  examples: [
    {
      applicant: {
        fullName: 'Trần Thị Mỹ Linh',
        idNumber: '072195001234',
        dateOfBirth: '1995-04-12',
        phone: '0918123456',
        email: 'mylinh.tran@gmail.com',
        residence: exampleAddress('45 đường Trưng Nữ Vương, khu phố 2'),
      },
      relationship: 'mother',
      child: {
        fullName: 'Nguyễn Trần Bảo An',
        sex: 'female',
        dateOfBirth: '2026-07-10',
        placeOfBirthType: 'health-facility',
        placeOfBirth: 'Bệnh viện Đa khoa tỉnh Tây Ninh, Phường Tân Ninh, tỉnh Tây Ninh',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
        hometown: 'Phường Tân Ninh, tỉnh Tây Ninh',
      },
      mother: {
        fullName: 'Trần Thị Mỹ Linh',
        dateOfBirth: '1995-04-12',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
        idNumber: '072195001234',
        residence: exampleAddress('45 đường Trưng Nữ Vương, khu phố 2'),
      },
      hasFather: true,
      father: {
        fullName: 'Nguyễn Văn Hùng',
        dateOfBirth: '1993-09-02',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
        idNumber: '072093004567',
        residence: exampleAddress('45 đường Trưng Nữ Vương, khu phố 2'),
      },
      birthProof: 'birth-certificate',
      birthCertificateNumber: '1256/2026',
      copies: 2,
      commitment: true,
    },
  ],
};

const uiSchema: UiSchema = {
  'ui:order': [
    'applicant',
    'relationship',
    'authorizationDocument',
    'child',
    'mother',
    'hasFather',
    'father',
    'birthProof',
    'birthCertificateNumber',
    'copies',
    'commitment',
  ],
  applicant: applicantUi(),
  relationship: selectUi(
    'Chọn quan hệ',
    'Ông, bà, người thân thích đi khai sinh thay cha mẹ không cần văn bản ủy quyền.',
  ),
  authorizationDocument: textUi('Ví dụ: Giấy ủy quyền chứng thực ngày 02/7/2026 tại UBND Phường Tân Ninh'),
  child: {
    'ui:order': [
      'fullName',
      'sex',
      'dateOfBirth',
      'placeOfBirthType',
      'placeOfBirth',
      'ethnicity',
      'nationality',
      'hometown',
    ],
    fullName: textUi('Ví dụ: Nguyễn Trần Bảo An', 'Không đặt tên quá dài, khó sử dụng (Luật Hộ tịch; NĐ 123/2015).'),
    sex: radioUi(),
    dateOfBirth: dateUi('Đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh) được miễn lệ phí.'),
    placeOfBirthType: radioUi(),
    placeOfBirth: textUi('Ví dụ: Bệnh viện Đa khoa tỉnh Tây Ninh, Phường Tân Ninh, tỉnh Tây Ninh'),
    ethnicity: textUi('Kinh'),
    nationality: textUi('Việt Nam'),
    hometown: textUi('Ví dụ: Phường Tân Ninh, tỉnh Tây Ninh'),
  },
  mother: parentUi(),
  hasFather: radioUi(),
  father: parentUi(),
  birthProof: radioUi('Nếu cơ sở y tế đã gửi Giấy chứng sinh điện tử thì không phải nộp bản giấy.'),
  birthCertificateNumber: textUi('Ví dụ: 1256/2026'),
  copies: countUi('Phí cấp bản sao: 8.000 đồng/bản.'),
  commitment: checkboxUi(),
};

export const khaiSinhForm: ProcedureForm = { schema, uiSchema };
