import type { Lang } from '../../i18n/translate.ts';

/** The live chat's words, Vietnamese first. */
const vi = {
  title: 'Trò chuyện với người dân',
  intro: 'Các cuộc trò chuyện trên Zalo mà người dân chọn "Gặp cán bộ". Tự cập nhật vài giây một lần.',
  filterOpen: 'Đang mở',
  filterClosed: 'Đã kết thúc',
  filterAll: 'Tất cả',
  empty: 'Chưa có cuộc trò chuyện nào.',
  pick: 'Chọn một cuộc trò chuyện để xem và trả lời.',
  awaiting: 'Chờ trả lời',
  closed: 'Đã kết thúc',
  noPhone: 'Chưa chia sẻ số điện thoại',
  citizen: 'Người dân',
  bot: 'Trợ lý tự động',
  officer: 'Cán bộ',
  replyLabel: 'Trả lời',
  replyPlaceholder: 'Nhập câu trả lời, gửi qua Zalo…',
  send: 'Gửi',
  close: 'Kết thúc trò chuyện',
  pending: 'đang gửi',
  failed: 'gửi không được',
  closedNote: 'Cuộc trò chuyện đã kết thúc. Người dân chọn "Gặp cán bộ" để mở lại.',
  loadError: 'Không tải được cuộc trò chuyện.',
  sendError: 'Chưa gửi được. Vui lòng thử lại.',
  image: '[ảnh]',
  card: '[thẻ xin chia sẻ thông tin]',
  shared: '[đã chia sẻ thông tin]',
  other: '[tệp, vị trí hoặc nhãn dán]',
} as const;

export type ChatMessageKey = keyof typeof vi;

const en: Record<ChatMessageKey, string> = {
  title: 'Chats with citizens',
  intro: 'Zalo conversations where the citizen chose "Talk to an officer". Refreshes every few seconds.',
  filterOpen: 'Open',
  filterClosed: 'Closed',
  filterAll: 'All',
  empty: 'No conversations yet.',
  pick: 'Pick a conversation to read and answer it.',
  awaiting: 'Awaiting reply',
  closed: 'Closed',
  noPhone: 'No phone shared',
  citizen: 'Citizen',
  bot: 'Bot',
  officer: 'Officer',
  replyLabel: 'Reply',
  replyPlaceholder: 'Type an answer, sent through Zalo…',
  send: 'Send',
  close: 'End conversation',
  pending: 'sending',
  failed: 'not delivered',
  closedNote: 'The conversation is closed. The citizen can choose "Talk to an officer" again.',
  loadError: 'The conversation could not be loaded.',
  sendError: 'Not sent. Please try again.',
  image: '[photo]',
  card: '[request to share info]',
  shared: '[shared info]',
  other: '[file, location or sticker]',
};

export function chatText(lang: Lang, key: ChatMessageKey): string {
  return lang === 'vi' ? vi[key] : en[key];
}
