import { COMMANDS, type FaqTopic, type Rating } from './intents.ts';

/** A button under a bot message: a tap sends `query` back as the person's text, or opens `url`. */
export type ChatButton = { title: string; query: string; hidden?: boolean } | { title: string; url: string };

/** One outbound chat message, in words any chat channel can carry. */
export type ChatReply =
  | { kind: 'text'; text: string; buttons?: ChatButton[] }
  | { kind: 'request_info'; title: string; subtitle: string; imageUrl?: string }
  | { kind: 'image'; url: string; caption?: string };

/** The dossier as the bot may tell it once the key, the QR or the phone on file matched. */
export interface DossierFacts {
  code: string;
  procedureName: string;
  statusLabel: string;
  /** National status code 1–10. */
  status: number;
  unit: string;
  dueAt?: Date;
  resultReadyAt?: Date;
  overdue: boolean;
  supplement?: { items: string[]; note?: string };
  fee?: { amount: number; paid: boolean };
}

/** What the procedure finder answers about one procedure. */
export interface ProcedureFacts {
  code: string;
  name: string;
  documents: { name: string; originals: number; copies: number; required: boolean }[];
  fee: string;
  timeLimit: string;
  where: string;
  /** Opens filing of this procedure in the citizen app; absent when it cannot be filed online. */
  fileUrl?: string;
}

/** Zalo CS text limit (zalo-platform.md §4); replies stay well under it. */
const TEXT_LIMIT = 1_900;
const DOCUMENTS_SHOWN = 8;

export const text = (body: string, buttons?: ChatButton[]): ChatReply => ({
  kind: 'text',
  text: body.length > TEXT_LIMIT ? `${body.slice(0, TEXT_LIMIT - 1)}…` : body,
  ...(buttons && buttons.length > 0 ? { buttons } : {}),
});

export const menuButton: ChatButton = { title: 'Về menu chính', query: COMMANDS.menu, hidden: true };

function vietnamDate(at: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);
}

function vnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;
}

/** The six entries, in two messages: Zalo may take no more than four buttons a message (§13.6). */
export function menu(tenantName: string): ChatReply[] {
  return [
    text(
      `Xin chào! Đây là Cổng hành chính công ${tenantName} trên Zalo. Bạn cần gì?\n` +
        '1. Tra cứu hồ sơ\n2. Nộp hồ sơ\n3. Tìm thủ tục\n4. Hỏi đáp\n5. Gặp cán bộ\n' +
        '6. Tra cứu khác (giá đất, phạt nguội, giấy phép lái xe)\n' +
        'Bấm một nút hoặc gõ số. Bạn cũng có thể gửi ảnh mã QR trên giấy biên nhận.',
      [
        { title: 'Tra cứu hồ sơ', query: COMMANDS.lookup },
        { title: 'Nộp hồ sơ', query: COMMANDS.file },
        { title: 'Tìm thủ tục', query: COMMANDS.find },
      ],
    ),
    text('Hoặc:', [
      { title: 'Hỏi đáp', query: COMMANDS.faq },
      { title: 'Gặp cán bộ', query: COMMANDS.human },
      { title: 'Tra cứu khác', query: COMMANDS.lookups },
    ]),
  ];
}

export function askCode(again: boolean): ChatReply[] {
  const how =
    'Gõ mã hồ sơ in trên giấy biên nhận (ví dụ 000.20.01.H53-261124-0001), kèm mã tra cứu nếu có, ' +
    'hoặc gửi ảnh chụp mã QR trên giấy biên nhận.';
  return [text(again ? `Đây chưa phải là mã hồ sơ. ${how}` : how, [menuButton])];
}

export function askKey(code: string): ChatReply[] {
  return [
    text(
      `Để xem hồ sơ ${code}, vui lòng gõ mã tra cứu gồm 10 ký tự in trên giấy biên nhận. ` +
        'Hoặc chia sẻ số điện thoại đã khai khi nộp hồ sơ để tra cứu không cần mã.',
      [{ title: 'Chia sẻ số điện thoại', query: COMMANDS.link, hidden: true }, menuButton],
    ),
  ];
}

export function wrongKey(left: number): ChatReply[] {
  return [
    text(
      left > 0
        ? `Mã hồ sơ hoặc mã tra cứu không đúng. Vui lòng kiểm tra lại giấy biên nhận (còn ${String(left)} lần thử).`
        : 'Mã hồ sơ hoặc mã tra cứu không đúng. Vui lòng kiểm tra giấy biên nhận, gửi ảnh mã QR, hoặc bấm "Gặp cán bộ".',
      left > 0 ? [menuButton] : [{ title: 'Gặp cán bộ', query: COMMANDS.human }, menuButton],
    ),
  ];
}

function ratingButtons(code: string): ChatButton[] {
  const rate = (title: string, rating: Rating): ChatButton => ({
    title,
    query: COMMANDS.rate(code, rating),
    hidden: true,
  });
  return [rate('Rất hài lòng', 'very_satisfied'), rate('Hài lòng', 'satisfied'), rate('Không hài lòng', 'unsatisfied')];
}

/** A dossier's status in a few lines, with the next step the citizen can take from the chat. */
export function dossierStatus(
  facts: DossierFacts,
  options: { rateable: boolean; canSupplement: boolean },
): ChatReply[] {
  const lines = [
    `Hồ sơ ${facts.code}`,
    /^thủ tục/i.test(facts.procedureName) ? facts.procedureName : `Thủ tục: ${facts.procedureName}`,
    `Tình trạng: ${facts.statusLabel}${facts.overdue ? ' (đã quá hạn)' : ''}`,
    `Đơn vị đang giữ hồ sơ: ${facts.unit}`,
  ];
  if (facts.dueAt && facts.status < 9) lines.push(`Hẹn trả kết quả: ${vietnamDate(facts.dueAt)}`);
  if (facts.status === 9) lines.push('Kết quả đã có, mời bạn mang bản chính giấy tờ đến nhận.');
  if (facts.supplement) {
    lines.push('Cần bổ sung:', ...facts.supplement.items.map((item) => `- ${item}`));
    if (facts.supplement.note) lines.push(`Ghi chú: ${facts.supplement.note}`);
    lines.push(
      options.canSupplement
        ? 'Bạn có thể gửi ảnh giấy tờ bổ sung ngay trong cuộc trò chuyện này.'
        : 'Để gửi bổ sung qua Zalo, hãy gửi ảnh mã QR trên giấy biên nhận trước.',
    );
  }
  if (facts.fee && !facts.fee.paid && facts.fee.amount > 0) lines.push(`Lệ phí cần nộp: ${vnd(facts.fee.amount)}`);
  const replies = [text(lines.join('\n'), [menuButton])];
  if (options.rateable) {
    replies.push(text('Bạn có hài lòng với việc giải quyết hồ sơ này không?', ratingButtons(facts.code)));
  }
  return replies;
}

export function boundByQr(code: string): ChatReply[] {
  return [text(`Đã liên kết hồ sơ ${code} với cuộc trò chuyện này: các thông báo tiếp theo của hồ sơ sẽ gửi đến đây.`)];
}

export function askQuery(forFiling: boolean): ChatReply[] {
  return [
    text(
      forFiling
        ? 'Bạn muốn nộp hồ sơ thủ tục nào? Gõ tên thủ tục, ví dụ "khai sinh", "đăng ký kết hôn", "cấp phiếu lý lịch tư pháp".'
        : 'Bạn tìm thủ tục gì? Gõ vài từ, ví dụ "khai sinh", "kết hôn", "xác nhận tình trạng hôn nhân".',
      [menuButton],
    ),
  ];
}

/** The best match in full (documents, fee, time limit, where), the next ones as buttons. */
export function procedureAnswer(best: ProcedureFacts, others: { code: string; name: string }[]): ChatReply[] {
  const docs = best.documents.slice(0, DOCUMENTS_SHOWN).map((d) => {
    const counts = [
      d.originals > 0 ? `${String(d.originals)} bản chính` : '',
      d.copies > 0 ? `${String(d.copies)} bản sao` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `- ${d.name}${counts ? ` (${counts})` : ''}${d.required ? '' : ' (nếu có)'}`;
  });
  if (best.documents.length > DOCUMENTS_SHOWN)
    docs.push(`- … và ${String(best.documents.length - DOCUMENTS_SHOWN)} giấy tờ khác`);
  const body = [
    `${best.name} (mã ${best.code})`,
    'Giấy tờ cần có:',
    ...docs,
    `Lệ phí: ${best.fee}`,
    `Thời hạn giải quyết: ${best.timeLimit}`,
    `Nơi nộp: ${best.where}`,
  ].join('\n');
  const buttons: ChatButton[] = best.fileUrl ? [{ title: 'Nộp hồ sơ trực tuyến', url: best.fileUrl }] : [];
  const replies = [text(body, [...buttons, menuButton])];
  if (others.length > 0) {
    replies.push(
      text(
        'Có thể bạn tìm thủ tục khác:',
        others.slice(0, 3).map((o) => ({ title: shorten(o.name), query: o.code })),
      ),
    );
  }
  return replies;
}

export function shorten(name: string): string {
  return name.length > 35 ? `${name.slice(0, 34)}…` : name;
}

export function noProcedure(query: string): ChatReply[] {
  return [
    text(
      `Chưa tìm thấy thủ tục nào cho "${query.slice(0, 80)}". Hãy thử từ khác (ví dụ "khai sinh", "kết hôn"), ` +
        'hoặc bấm "Gặp cán bộ" để được hướng dẫn.',
      [{ title: 'Gặp cán bộ', query: COMMANDS.human }, menuButton],
    ),
  ];
}

const FAQ: Record<FaqTopic, { question: string; answer: string }> = {
  hours: {
    question: 'Giờ làm việc',
    answer:
      'Bộ phận một cửa làm việc từ thứ Hai đến thứ Sáu, sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ ' +
      '(trừ ngày lễ, Tết). Hồ sơ nộp trực tuyến được nhận cả ngoài giờ và xử lý vào ngày làm việc tiếp theo.',
  },
  fees: {
    question: 'Lệ phí',
    answer:
      'Mỗi thủ tục có mức lệ phí riêng (nhiều thủ tục miễn phí). Gõ "Tìm thủ tục" rồi tên thủ tục để xem lệ phí, ' +
      'giấy tờ và thời hạn. Lệ phí nộp khi nhận kết quả hoặc khi cán bộ thông báo.',
  },
  online: {
    question: 'Nộp trực tuyến',
    answer:
      'Bấm "Nộp hồ sơ", chọn thủ tục rồi bấm "Nộp hồ sơ trực tuyến": điền tờ khai, chụp ảnh giấy tờ và gửi. ' +
      'Giấy biên nhận và mọi thông báo sẽ gửi về Zalo này; bạn chỉ đến một lần để nhận kết quả.',
  },
  supplement: {
    question: 'Bổ sung hồ sơ',
    answer:
      'Khi cán bộ yêu cầu bổ sung, bạn nhận thông báo kèm danh sách giấy tờ. Gửi ảnh mã QR trên giấy biên nhận ' +
      'vào đây (nếu chưa gửi), rồi gửi ảnh các giấy tờ bổ sung và bấm "Gửi bổ sung".',
  },
};

export function faq(topic: FaqTopic | undefined): ChatReply[] {
  if (topic) return [text(`${FAQ[topic].question}: ${FAQ[topic].answer}`, [menuButton])];
  const topics = Object.keys(FAQ) as FaqTopic[];
  return [
    text(
      'Bạn muốn hỏi về điều gì? Chọn một câu hỏi thường gặp, hoặc gõ câu hỏi của bạn.',
      topics.map((t) => ({ title: FAQ[t].question, query: COMMANDS.faqTopic(t), hidden: true })),
    ),
  ];
}

export function handedOff(): ChatReply[] {
  return [
    text(
      'Đã chuyển cuộc trò chuyện đến cán bộ. Bạn cứ gõ câu hỏi, cán bộ sẽ trả lời trong giờ làm việc. ' +
        'Gõ "kết thúc" để quay lại trợ lý tự động.',
      [{ title: 'Kết thúc', query: COMMANDS.endHandoff, hidden: true }],
    ),
  ];
}

export function handoffEnded(): ChatReply[] {
  return [text('Cuộc trò chuyện với cán bộ đã kết thúc. Cảm ơn bạn! Gõ "menu" để xem các chức năng.', [menuButton])];
}

export function thanksForRating(unhappy: boolean): ChatReply[] {
  return [
    text(
      unhappy
        ? 'Cảm ơn bạn đã góp ý. Đơn vị sẽ xem xét để phục vụ tốt hơn.'
        : 'Cảm ơn bạn đã đánh giá! Chúc bạn một ngày tốt lành.',
      [menuButton],
    ),
  ];
}

export function askRatingReason(): ChatReply[] {
  return [text('Rất tiếc vì bạn chưa hài lòng. Bạn vui lòng cho biết lý do (gõ một câu ngắn) để đơn vị khắc phục.')];
}

export function cannotRate(reason: 'already' | 'not_returned' | 'unknown'): ChatReply[] {
  const why = {
    already: 'Hồ sơ này đã được đánh giá. Cảm ơn bạn!',
    not_returned: 'Hồ sơ chỉ được đánh giá sau khi bạn đã nhận kết quả.',
    unknown: 'Chưa đánh giá được: vui lòng tra cứu hồ sơ bằng mã tra cứu hoặc ảnh mã QR trước.',
  }[reason];
  return [text(why, [menuButton])];
}

export function qrUnreadable(): ChatReply[] {
  return [
    text(
      'Không đọc được mã QR trong ảnh. Hãy chụp gần, rõ và thẳng mã QR trên giấy biên nhận, ' +
        'hoặc gõ mã hồ sơ và mã tra cứu.',
      [menuButton],
    ),
  ];
}

export function qrInvalid(): ChatReply[] {
  return [
    text('Mã QR này không phải của giấy biên nhận do tỉnh cấp, hoặc đã bị sửa. Vui lòng kiểm tra lại.', [menuButton]),
  ];
}

export function supplementPhotoReceived(code: string, count: number): ChatReply[] {
  return [
    text(
      `Đã nhận ${String(count)} ảnh bổ sung cho hồ sơ ${code}. Gửi tiếp ảnh nếu còn, hoặc bấm "Gửi bổ sung" khi đã đủ.`,
      [{ title: 'Gửi bổ sung', query: COMMANDS.sendSupplement(code), hidden: true }],
    ),
  ];
}

export function supplementPhotoRejected(): ChatReply[] {
  return [text('Ảnh này không dùng được (định dạng, dung lượng hoặc quá mờ). Vui lòng chụp lại rõ nét và gửi lại.')];
}

export function supplementSent(code: string, count: number): ChatReply[] {
  return [
    text(`Đã gửi ${String(count)} ảnh bổ sung cho hồ sơ ${code}. Cán bộ sẽ kiểm tra và thông báo kết quả qua Zalo.`, [
      menuButton,
    ]),
  ];
}

export function supplementNothing(code: string): ChatReply[] {
  return [text(`Chưa có ảnh bổ sung nào cho hồ sơ ${code}. Hãy gửi ảnh giấy tờ trước, rồi bấm "Gửi bổ sung".`)];
}

export function supplementNotAwaited(): ChatReply[] {
  return [text('Hồ sơ này hiện không chờ bổ sung, nên ảnh chưa được đính kèm.', [menuButton])];
}

export function requestPhone(): ChatReply[] {
  return [
    {
      kind: 'request_info',
      title: 'Chia sẻ số điện thoại',
      subtitle: 'Để tra cứu hồ sơ đã nộp bằng số điện thoại này và nhận thông báo qua Zalo.',
    },
  ];
}

/**
 * Under a filing link, for a person whose Zalo is not linked to a phone yet: notices reach the chat
 * only through the phone the dossier is filed with (notifications.md), so the bot asks for it.
 */
export function requestPhoneForNotices(): ChatReply {
  return {
    kind: 'request_info',
    title: 'Nhận biên nhận và thông báo qua Zalo',
    subtitle:
      'Chia sẻ số điện thoại bạn sẽ khai khi nộp hồ sơ: giấy biên nhận và thông báo của hồ sơ sẽ gửi về Zalo này.',
  };
}

export function phoneLinked(linked: boolean): ChatReply[] {
  return [
    text(
      linked
        ? 'Đã liên kết số điện thoại với Zalo của bạn. Từ nay thông báo của các hồ sơ nộp bằng số này sẽ gửi về đây, ' +
            'và bạn tra cứu chúng chỉ với mã hồ sơ.'
        : 'Chưa nhận được số điện thoại hợp lệ. Bạn có thể thử lại.',
      [menuButton],
    ),
  ];
}

export function unsupported(what: 'file' | 'location' | 'sticker' | 'other'): ChatReply[] {
  const body =
    what === 'file'
      ? 'Trợ lý chưa đọc được tệp gửi trong Zalo. Để nộp giấy tờ, hãy gửi ảnh chụp, hoặc nộp trực tuyến qua "Nộp hồ sơ".'
      : what === 'location'
        ? 'Cảm ơn bạn đã gửi vị trí. Để biết nơi nộp hồ sơ, hãy tìm thủ tục bạn cần: câu trả lời có địa chỉ nơi nộp.'
        : 'Trợ lý chỉ hiểu tin nhắn chữ và ảnh. Gõ "menu" để xem các chức năng.';
  return [text(body, [menuButton])];
}

export function welcomeBack(): ChatReply[] {
  return [text('Rất vui được hỗ trợ bạn! Gõ "menu" bất cứ lúc nào để xem các chức năng.')];
}

/** Free text the bot cannot place: never silence, always the ways forward. */
export function notUnderstood(): ChatReply[] {
  return [
    text(
      'Xin lỗi, trợ lý chưa hiểu ý bạn. Bạn có thể: gõ mã hồ sơ để tra cứu, gõ tên thủ tục (ví dụ "khai sinh"), ' +
        'gửi ảnh mã QR trên giấy biên nhận, hoặc bấm "Gặp cán bộ" để trò chuyện với cán bộ.',
      [
        { title: 'Tra cứu hồ sơ', query: COMMANDS.lookup },
        { title: 'Tìm thủ tục', query: COMMANDS.find },
        { title: 'Gặp cán bộ', query: COMMANDS.human },
      ],
    ),
  ];
}

export function handoffAcknowledged(): ChatReply[] {
  return [text('Cán bộ đã nhận được tin nhắn của bạn và sẽ trả lời sớm.')];
}
