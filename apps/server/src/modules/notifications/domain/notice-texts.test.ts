import { noticeKeys } from '@motcua/workflow';
import { describe, expect, it } from 'vitest';
import { renderNotice, visitNoticeKeys, type NoticeView } from './notice-texts.ts';

const base: NoticeView = {
  intent: 'application.accepted',
  provinceName: 'Tỉnh Tây Ninh',
  code: '000.20.01.H53-261124-0001',
  procedureName: 'Đăng ký khai sinh',
  statusLabel: 'Được tiếp nhận',
  unitName: 'UBND phường Tân Ninh',
  unitAddress: '1 Trần Hưng Đạo',
  due: '27/11/2026',
  originalDue: null,
  early: false,
  fee: '8.000 ₫',
  reason: 'Ảnh giấy chứng sinh bị mờ',
  supplementItems: ['Giấy chứng sinh (ảnh rõ nét)', 'Giấy tờ tuỳ thân'],
  trackingUrl: 'https://motcua.test/?tenant=tay-ninh&track=000.20.01.H53-261124-0001&key=ABCDEFGHJK',
  visit: {
    when: '08:30 27/11/2026',
    placeName: 'Bộ phận một cửa',
    placeAddress: '',
    bring: ['Giấy chứng sinh (1 bản chính)'],
    fee: null,
  },
};

describe('citizen notice texts', () => {
  it.each([...noticeKeys, ...visitNoticeKeys])('%s names the dossier, links to it and fits every channel', (intent) => {
    const notice = renderNotice({ ...base, intent });
    expect(notice.text).toContain(base.code);
    expect(notice.text).toContain(base.trackingUrl);
    expect(notice.text.length).toBeLessThanOrEqual(2_000);
    expect(notice.short).toContain(base.code);
    expect(notice.short.length).toBeLessThanOrEqual(320);
    expect(notice.text).toBe(notice.text.normalize('NFC'));
    expect(Object.values(notice.templateParams).every((v) => v !== '')).toBe(true);
  });

  it('lists every missing item of a supplement request and gives the reason of a refusal', () => {
    const supplement = renderNotice({ ...base, intent: 'application.supplement_requested' }).text;
    expect(supplement).toContain('1. Giấy chứng sinh (ảnh rõ nét)\n2. Giấy tờ tuỳ thân');
    expect(renderNotice({ ...base, intent: 'application.refused' }).text).toContain('Lý do: Ảnh giấy chứng sinh bị mờ');
  });

  it('says when a result is ready earlier than planned, and gives both dates of an apology', () => {
    expect(renderNotice({ ...base, intent: 'application.result_ready', early: true }).title).toBe(
      `Hồ sơ ${base.code} có kết quả sớm hơn hẹn`,
    );
    expect(renderNotice({ ...base, intent: 'application.result_ready' }).title).toBe(
      `Hồ sơ ${base.code} đã có kết quả`,
    );
    const apology = renderNotice({
      ...base,
      intent: 'application.rescheduled',
      due: '04/12/2026',
      originalDue: '27/11/2026',
    });
    expect(apology.text).toContain('ngày 27/11/2026');
    expect(apology.text).toContain('Ngày hẹn trả kết quả mới: 04/12/2026.');
  });

  it('asks for a rating once the result is returned', () => {
    expect(renderNotice({ ...base, intent: 'application.returned' }).text).toContain('đánh giá mức độ hài lòng');
  });
});
