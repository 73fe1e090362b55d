/** Vietnamese copy, the default language. Keys are English; `{name}` marks a parameter. */
export const vi = {
  'page.title': 'Trình mô phỏng Zalo',
  'page.notConnected': 'Trình mô phỏng Zalo — chưa kết nối',
  'page.notConnectedHelp': 'Tin nhắn chỉ hiển thị trên trang này, chưa được gửi tới máy chủ Một Cửa.',
  'page.role': 'Bạn đang đóng vai người dân trò chuyện với Official Account của tỉnh.',
  'oa.name': 'Trung tâm Phục vụ hành chính công',
  'oa.kind': 'Official Account',
  'follow.follow': 'Quan tâm',
  'follow.unfollow': 'Bỏ quan tâm',
  'follow.following': 'Đang quan tâm',
  'notice.followed': 'Bạn đã quan tâm Official Account này.',
  'notice.unfollowed': 'Bạn đã bỏ quan tâm Official Account này.',
  'notice.empty': 'Chưa có tin nhắn. Hãy gửi lời chào hoặc nhập mã hồ sơ để tra cứu.',
  'composer.label': 'Tin nhắn',
  'composer.placeholder': 'Nhập tin nhắn…',
  'composer.send': 'Gửi',
  'message.fromCitizen': 'Bạn',
  'message.fromOa': 'Official Account',
  'message.notSent': 'Chưa gửi được: trình mô phỏng chưa kết nối',
  'message.sending': 'Đang gửi…',
  'message.log': 'Cuộc trò chuyện',
} as const;

export type MessageKey = keyof typeof vi;
