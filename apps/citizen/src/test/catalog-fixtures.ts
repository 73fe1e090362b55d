import type { ProcedureDetail, ProcedureSummary } from '../features/procedures/types.ts';

export const birthRegistration: ProcedureSummary = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: { code: 'HT', name: 'Hộ tịch' },
  level: 'commune',
  onlineLevel: 'full',
  processingTime: { value: 0, unit: 'working_days', cutoffTime: '15:00' },
  fee: { amount: 0, text: 'Miễn lệ phí đăng ký khai sinh đúng hạn' },
  units: [],
};

export const landCertificate: ProcedureSummary = {
  code: '1.012345',
  name: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
  field: 'Đất đai',
  level: 'province',
  onlineLevel: 'partial',
  processingTime: { value: 3, unit: 'working_days' },
  fee: { amount: 15000, text: '15.000 đồng/giấy' },
  units: [],
};

export const birthRegistrationDetail: ProcedureDetail = {
  ...birthRegistration,
  authority: 'Ủy ban nhân dân cấp xã',
  cases: [
    {
      key: 'standard',
      name: 'Đăng ký khai sinh đúng hạn',
      documents: [
        { key: 'declaration', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true },
        { key: 'birth-certificate', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
        {
          key: 'marriage-certificate',
          name: 'Giấy chứng nhận kết hôn của cha mẹ',
          originals: 0,
          copies: 1,
          required: false,
        },
      ],
    },
  ],
  channels: [
    {
      channel: 'counter',
      processingTime: { value: 0, unit: 'working_days' },
      fee: { amount: 0, text: 'Miễn phí' },
    },
    {
      channel: 'online',
      processingTime: { value: 1, unit: 'working_days' },
      fee: { amount: 0, text: 'Miễn phí' },
    },
  ],
  legalBasis: [{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }],
};
