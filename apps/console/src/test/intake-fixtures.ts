import type { ProcedureDetail } from '../features/procedures/types.ts';
import { PROVINCE_CENTRE } from './officers.ts';

/** A small procedure with an e-form touching every kind of field the renderer handles. */
export const copyExtract: ProcedureDetail = {
  code: '2.000635',
  name: 'Cấp bản sao trích lục hộ tịch',
  field: { code: 'HT', name: 'Hộ tịch' },
  level: 'province',
  onlineLevel: 'full',
  processingTime: { value: 0, unit: 'working_days' },
  fee: { amount: 8000, text: '8.000 đồng/bản' },
  units: [{ id: PROVINCE_CENTRE.id, eid: PROVINCE_CENTRE.eid, name: PROVINCE_CENTRE.name, kind: 'centre' }],
  cases: [
    {
      key: 'thong-thuong',
      name: 'Cấp bản sao trích lục',
      documents: [
        { key: 'to-khai', name: 'Tờ khai cấp bản sao', originals: 1, copies: 0, required: true, filledByForm: true },
        { key: 'cccd', name: 'Thẻ căn cước', originals: 1, copies: 0, required: true, presentOnly: true },
        { key: 'uy-quyen', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: true },
      ],
    },
  ],
  form: {
    schema: {
      title: 'Tờ khai cấp bản sao trích lục hộ tịch',
      type: 'object',
      required: ['record', 'copies', 'purpose', 'commitment'],
      properties: {
        record: {
          type: 'object',
          title: 'Sự kiện hộ tịch',
          required: ['kind', 'registeredOn'],
          properties: {
            kind: {
              type: 'string',
              title: 'Loại việc',
              oneOf: [
                { const: 'birth', title: 'Khai sinh' },
                { const: 'marriage', title: 'Kết hôn' },
              ],
            },
            registeredOn: { type: 'string', format: 'date', title: 'Ngày đăng ký' },
          },
        },
        copies: { type: 'integer', title: 'Số bản sao', minimum: 1, maximum: 10 },
        purpose: {
          type: 'string',
          title: 'Mục đích',
          oneOf: [
            { const: 'personal', title: 'Cá nhân' },
            { const: 'other', title: 'Khác' },
          ],
        },
        purposeOther: { type: 'string', title: 'Mục đích khác', minLength: 1 },
        commitment: { type: 'boolean', const: true, title: 'Tôi cam đoan nội dung khai là đúng sự thật.' },
      },
      allOf: [
        {
          if: { properties: { purpose: { const: 'other' } }, required: ['purpose'] },
          then: { required: ['purposeOther'] },
        },
      ],
    },
    uiSchema: { 'ui:order': ['record', 'copies', 'purpose', 'purposeOther', 'commitment'] },
  },
};
