import type { ProcedureForm } from '@motcua/contracts';
import {
  JSON_SCHEMA_DIALECT,
  address,
  addressUi,
  checkboxUi,
  choice,
  commitment,
  count,
  countUi,
  date,
  dateUi,
  email,
  emailUi,
  ethnicity,
  exampleAddress,
  idNumber,
  idNumberUi,
  nationality,
  personName,
  phone,
  phoneUi,
  radioUi,
  requiredWhenIn,
  text,
  textUi,
  type JsonSchema,
  type UiSchema,
} from './form-parts.ts';

/** One party of the tờ khai đăng ký kết hôn, with the end of any previous marriage. */
function party(title: string): JsonSchema {
  return {
    type: 'object',
    title,
    additionalProperties: false,
    required: [
      'fullName',
      'dateOfBirth',
      'ethnicity',
      'nationality',
      'idNumber',
      'residence',
      'phone',
      'maritalHistory',
    ],
    properties: {
      fullName: personName('Họ, chữ đệm và tên'),
      dateOfBirth: date('Ngày, tháng, năm sinh'),
      ethnicity: ethnicity(),
      nationality: nationality(),
      idNumber: idNumber(),
      residence: address('Nơi cư trú'),
      phone: phone(),
      email: email(),
      maritalHistory: choice('Tình trạng hôn nhân trước khi đăng ký', [
        { const: 'never-married', title: 'Chưa từng kết hôn' },
        { const: 'divorced', title: 'Đã ly hôn' },
        { const: 'widowed', title: 'Vợ/chồng đã chết' },
      ]),
      previousMarriageEnd: {
        type: 'object',
        title: 'Giấy tờ chấm dứt hôn nhân trước',
        description:
          'Chỉ cần ghi số, ngày của bản án/quyết định ly hôn hoặc trích lục khai tử; cơ quan đăng ký tự tra cứu.',
        additionalProperties: false,
        required: ['documentType', 'number', 'date', 'issuer'],
        properties: {
          documentType: choice('Loại giấy tờ', [
            { const: 'divorce-judgment', title: 'Bản án/quyết định ly hôn của Tòa án' },
            { const: 'death-extract', title: 'Trích lục khai tử của vợ/chồng trước' },
            { const: 'foreign-divorce-record', title: 'Trích lục ghi chú ly hôn (ly hôn ở nước ngoài)' },
          ]),
          number: text('Số', { maxLength: 50 }),
          date: date('Ngày cấp/ngày có hiệu lực'),
          issuer: text('Cơ quan cấp', { maxLength: 200 }),
        },
      },
    },
    allOf: [requiredWhenIn('maritalHistory', ['divorced', 'widowed'], ['previousMarriageEnd'])],
  };
}

function partyUi(): UiSchema {
  return {
    'ui:order': [
      'fullName',
      'dateOfBirth',
      'ethnicity',
      'nationality',
      'idNumber',
      'residence',
      'phone',
      'email',
      'maritalHistory',
      'previousMarriageEnd',
    ],
    fullName: textUi(),
    dateOfBirth: dateUi('Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi trở lên (Luật Hôn nhân và gia đình Điều 8).'),
    ethnicity: textUi('Kinh'),
    nationality: textUi('Việt Nam'),
    idNumber: idNumberUi(),
    residence: addressUi(),
    phone: phoneUi(),
    email: emailUi(),
    maritalHistory: radioUi(
      'Cơ quan tự tra cứu tình trạng hôn nhân trong CSDL; không phải nộp Giấy xác nhận tình trạng hôn nhân.',
    ),
    previousMarriageEnd: {
      'ui:order': ['documentType', 'number', 'date', 'issuer'],
      documentType: radioUi(),
      number: textUi('Ví dụ: 125/2024/QĐST-HNGĐ'),
      date: dateUi(),
      issuer: textUi('Ví dụ: Tòa án nhân dân khu vực 1 - Tây Ninh'),
    },
  };
}

const schema: JsonSchema = {
  $schema: JSON_SCHEMA_DIALECT,
  title: 'Tờ khai đăng ký kết hôn',
  type: 'object',
  additionalProperties: false,
  required: ['groom', 'bride', 'submittedBy', 'copies', 'commitment'],
  properties: {
    groom: party('Bên nam'),
    bride: party('Bên nữ'),
    submittedBy: choice('Người nộp hồ sơ', [
      { const: 'groom', title: 'Bên nam' },
      { const: 'bride', title: 'Bên nữ' },
    ]),
    copies: count('Số bản sao Trích lục kết hôn đề nghị cấp', 0, 10),
    commitment: commitment(
      'Chúng tôi cam đoan những lời khai trên là đúng sự thật, việc kết hôn là tự nguyện, có đủ điều kiện kết hôn theo quy định của pháp luật và chịu trách nhiệm về lời cam đoan của mình.',
    ),
  },
  examples: [
    {
      groom: {
        fullName: 'Phạm Minh Tuấn',
        dateOfBirth: '1996-02-18',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
        idNumber: '072096002468',
        residence: exampleAddress('102 đường 30 Tháng 4, khu phố 1'),
        phone: '0362345678',
        email: 'minhtuan.pham@gmail.com',
        maritalHistory: 'never-married',
      },
      bride: {
        fullName: 'Võ Thị Thanh Thảo',
        dateOfBirth: '1998-10-25',
        ethnicity: 'Kinh',
        nationality: 'Việt Nam',
        idNumber: '072198007531',
        residence: exampleAddress('7 đường Võ Thị Sáu, khu phố 3'),
        phone: '0907112233',
        maritalHistory: 'divorced',
        previousMarriageEnd: {
          documentType: 'divorce-judgment',
          number: '215/2024/QĐST-HNGĐ',
          date: '2024-11-08',
          issuer: 'Tòa án nhân dân thành phố Tây Ninh',
        },
      },
      submittedBy: 'bride',
      copies: 2,
      commitment: true,
    },
  ],
};

const uiSchema: UiSchema = {
  'ui:order': ['groom', 'bride', 'submittedBy', 'copies', 'commitment'],
  groom: partyUi(),
  bride: partyUi(),
  submittedBy: radioUi('Khi nhận Giấy chứng nhận kết hôn, cả hai bên phải có mặt.'),
  copies: countUi('Phí cấp bản sao: 8.000 đồng/bản.'),
  commitment: checkboxUi(),
};

export const ketHonForm: ProcedureForm = { schema, uiSchema };
