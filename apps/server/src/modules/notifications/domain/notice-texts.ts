import type { NoticeKey } from '@motcua/workflow';

/** Every notice a citizen gets: the workflow's, and the visit's (booking confirmed, reminder). */
export type CitizenNoticeKey = NoticeKey | 'visit.booked' | 'visit.reminder';

export const visitNoticeKeys: readonly CitizenNoticeKey[] = ['visit.booked', 'visit.reminder'];

/** A booked visit as the texts need it. */
export interface VisitView {
  /** `08:30 27/11/2026` */
  when: string;
  placeName: string;
  placeAddress: string;
  bring: readonly string[];
  fee: string | null;
}

/** What a notice is about, as the texts need it (dates already in the province's local time). */
export interface NoticeView {
  intent: CitizenNoticeKey;
  provinceName: string;
  code: string;
  procedureName: string;
  statusLabel: string;
  unitName: string;
  unitAddress: string | null;
  /** The due date in force (the rescheduled one after an apology), dd/MM/yyyy. */
  due: string | null;
  /** The original due date, kept when it was rescheduled. */
  originalDue: string | null;
  /** The result was ready before the due date. */
  early: boolean;
  fee: string | null;
  reason: string | null;
  supplementItems: readonly string[];
  /** The tracking page (look-up by code and key). */
  trackingUrl: string;
  /** For visit notices: the booking. */
  visit?: VisitView;
}

/** A notice rendered once for every channel. */
export interface RenderedNotice {
  /** A short headline: the e-mail subject, the chat message's first line. */
  title: string;
  /** The full message for chat and e-mail, NFC. */
  text: string;
  /** One or two sentences for SMS, NFC (a gateway configured for it strips the diacritics). */
  short: string;
  /** Parameters of the Zalo template message (ZNS) for dossier updates. */
  templateParams: Record<string, string>;
}

const items = (list: readonly string[]): string => list.map((item, n) => `${String(n + 1)}. ${item}`).join('\n');

function body(view: NoticeView): { title: string; lines: string[]; short: string } {
  const { code } = view;
  const dueLine = view.due ? `Ngày hẹn trả kết quả: ${view.due}.` : '';
  switch (view.intent) {
    case 'application.received':
      return {
        title: `Đã nhận hồ sơ ${code}`,
        lines: [
          `Hồ sơ "${view.procedureName}" của bạn đã được gửi tới ${view.unitName}, mã hồ sơ ${code}.`,
          'Cán bộ sẽ kiểm tra thành phần hồ sơ; bạn sẽ nhận được biên nhận điện tử khi hồ sơ được tiếp nhận.',
        ],
        short: `Đã nhận hồ sơ ${code}. Bạn sẽ nhận biên nhận khi hồ sơ được tiếp nhận.`,
      };
    case 'application.accepted':
      return {
        title: `Hồ sơ ${code} đã được tiếp nhận`,
        lines: [
          `${view.unitName} đã tiếp nhận hồ sơ "${view.procedureName}", mã hồ sơ ${code}.`,
          dueLine,
          'Biên nhận điện tử (Mẫu 01) có mã QR để tra cứu ở đường dẫn dưới đây; khi có kết quả, bạn chỉ cần đến một lần với bản chính giấy tờ.',
        ],
        short: `Hồ sơ ${code} đã được tiếp nhận. ${view.due ? `Hẹn trả kết quả ${view.due}.` : ''}`,
      };
    case 'application.refused':
      return {
        title: `Hồ sơ ${code} không được tiếp nhận`,
        lines: [
          `Hồ sơ "${view.procedureName}" (mã ${code}) không được tiếp nhận.`,
          view.reason ? `Lý do: ${view.reason}` : '',
          'Văn bản từ chối (Mẫu 03) có trong trang tra cứu. Bạn có thể nộp lại hồ sơ khi đã đủ điều kiện.',
        ],
        short: `Hồ sơ ${code} không được tiếp nhận. Xem lý do tại trang tra cứu.`,
      };
    case 'application.supplement_requested':
      return {
        title: `Hồ sơ ${code} cần bổ sung`,
        lines: [
          `Hồ sơ "${view.procedureName}" (mã ${code}) cần bổ sung, hoàn thiện các giấy tờ sau:`,
          items(view.supplementItems),
          view.reason ? `Ghi chú của cán bộ: ${view.reason}` : '',
          'Thời hạn giải quyết tạm dừng cho tới khi bạn gửi bổ sung. Mở trang tra cứu để chụp và gửi giấy tờ.',
        ],
        short: `Hồ sơ ${code} cần bổ sung giấy tờ. Mở trang tra cứu để gửi bổ sung.`,
      };
    case 'application.payment_requested':
      return {
        title: `Hồ sơ ${code}: mời nộp phí, lệ phí`,
        lines: [
          `Hồ sơ "${view.procedureName}" (mã ${code}) cần nộp phí, lệ phí${view.fee ? `: ${view.fee}` : ''}.`,
          'Bạn nộp khi đến nhận kết quả hoặc theo hướng dẫn trên trang tra cứu.',
        ],
        short: `Hồ sơ ${code}: mời nộp phí, lệ phí${view.fee ? ` ${view.fee}` : ''}.`,
      };
    case 'application.transferred':
      return {
        title: `Hồ sơ ${code} đã chuyển tới ${view.unitName}`,
        lines: [`Hồ sơ "${view.procedureName}" (mã ${code}) đang được ${view.unitName} xử lý.`, dueLine],
        short: `Hồ sơ ${code} đang được ${view.unitName} xử lý.`,
      };
    case 'application.rescheduled':
      return {
        title: `Hồ sơ ${code}: xin lỗi và hẹn lại ngày trả kết quả`,
        lines: [
          `Chúng tôi xin lỗi vì hồ sơ "${view.procedureName}" (mã ${code}) chưa thể trả kết quả đúng hẹn${view.originalDue ? ` ngày ${view.originalDue}` : ''}.`,
          view.reason ? `Lý do: ${view.reason}` : '',
          view.due ? `Ngày hẹn trả kết quả mới: ${view.due}.` : '',
          'Thư xin lỗi (Mẫu 04) có trong trang tra cứu.',
        ],
        short: `Xin lỗi: hồ sơ ${code} trễ hẹn. ${view.due ? `Hẹn mới ${view.due}.` : ''}`,
      };
    case 'application.result_ready':
      return {
        title: view.early ? `Hồ sơ ${code} có kết quả sớm hơn hẹn` : `Hồ sơ ${code} đã có kết quả`,
        lines: [
          view.early
            ? `Hồ sơ "${view.procedureName}" (mã ${code}) đã có kết quả, sớm hơn ngày hẹn ${view.due ?? ''}.`
            : `Hồ sơ "${view.procedureName}" (mã ${code}) đã có kết quả.`,
          `Mời bạn đến ${view.unitName}${view.unitAddress ? ` (${view.unitAddress})` : ''} một lần, mang theo bản chính giấy tờ để đối chiếu${view.fee ? ` và lệ phí ${view.fee}` : ''}.`,
          'Bạn có thể đặt lịch đến nhận trên trang tra cứu để không phải chờ.',
        ],
        short: `Hồ sơ ${code} đã có kết quả${view.early ? ' sớm hơn hẹn' : ''}. Mời đến nhận, mang bản chính giấy tờ.`,
      };
    case 'application.returned':
      return {
        title: `Đã trả kết quả hồ sơ ${code}`,
        lines: [
          `Bạn đã nhận kết quả hồ sơ "${view.procedureName}" (mã ${code}).`,
          'Xin bạn dành một phút đánh giá mức độ hài lòng trên trang tra cứu: ý kiến của bạn giúp chúng tôi phục vụ tốt hơn.',
        ],
        short: `Đã trả kết quả hồ sơ ${code}. Mời bạn đánh giá mức độ hài lòng tại trang tra cứu.`,
      };
    case 'application.withdrawal_confirmed':
      return {
        title: `Đã rút hồ sơ ${code}`,
        lines: [`Hồ sơ "${view.procedureName}" (mã ${code}) đã được rút theo đề nghị của bạn.`],
        short: `Hồ sơ ${code} đã được rút theo đề nghị của bạn.`,
      };
    case 'visit.booked':
    case 'visit.reminder': {
      const visit = view.visit;
      const when = visit
        ? `${visit.when} tại ${visit.placeName}${visit.placeAddress ? ` (${visit.placeAddress})` : ''}`
        : '';
      const reminder = view.intent === 'visit.reminder';
      return {
        title: reminder ? `Nhắc lịch hẹn ngày mai: hồ sơ ${code}` : `Đã đặt lịch đến nhận kết quả hồ sơ ${code}`,
        lines: [
          reminder
            ? `Bạn có lịch hẹn đến bộ phận một cửa vào ${when} để nhận kết quả hồ sơ "${view.procedureName}".`
            : `Lịch hẹn của bạn: ${when}, hồ sơ "${view.procedureName}".`,
          visit && visit.bring.length > 0 ? `Mang theo bản chính để đối chiếu:\n${items(visit.bring)}` : '',
          visit?.fee ? `Lệ phí nộp tại quầy: ${visit.fee}.` : '',
          'Bạn có thể đổi hoặc huỷ lịch trên trang tra cứu.',
        ],
        short: reminder
          ? `Nhắc lịch: ${when}, nhận kết quả hồ sơ ${code}. Mang bản chính giấy tờ.`
          : `Đã đặt lịch ${when}, hồ sơ ${code}.`,
      };
    }
    case 'application.stopped':
      return {
        title: `Hồ sơ ${code} đã dừng xử lý`,
        lines: [
          `Hồ sơ "${view.procedureName}" (mã ${code}) đã dừng xử lý.`,
          view.reason ? `Lý do: ${view.reason}` : '',
        ],
        short: `Hồ sơ ${code} đã dừng xử lý. Xem lý do tại trang tra cứu.`,
      };
  }
}

/**
 * The words of a citizen notice (Vietnamese), for every channel at once. Texts say what happened,
 * what to do next and where to look; they carry the dossier code, never the ID number.
 */
export function renderNotice(view: NoticeView): RenderedNotice {
  const { title, lines, short } = body(view);
  const text = [
    `${view.provinceName} — Một Cửa`,
    title,
    ...lines.filter((line) => line !== ''),
    `Tra cứu hồ sơ: ${view.trackingUrl}`,
  ]
    .join('\n')
    .normalize('NFC');
  return {
    title: title.normalize('NFC'),
    text,
    short: `${short.trim()} ${view.trackingUrl}`.normalize('NFC'),
    templateParams: {
      ma_ho_so: view.code,
      ten_thu_tuc: view.procedureName,
      trang_thai: view.statusLabel,
      // ZNS refuses empty parameters (-111): a dossier not yet accepted has no due date.
      ngay_hen: view.due ?? 'chưa có',
      ghi_chu: title,
    },
  };
}
