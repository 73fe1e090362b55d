import type { MessageKey } from './vi.ts';

export const en: Record<MessageKey, string> = {
  'page.title': 'Zalo simulator',
  'page.notConnected': 'Zalo simulator — not connected',
  'page.notConnectedHelp': 'Messages stay on this page; they are not sent to the Một Cửa server yet.',
  'page.role': 'You play a citizen chatting with the province’s Official Account.',
  'oa.name': 'Public Administration Service Centre',
  'oa.kind': 'Official Account',
  'follow.follow': 'Follow',
  'follow.unfollow': 'Unfollow',
  'follow.following': 'Following',
  'notice.followed': 'You followed this Official Account.',
  'notice.unfollowed': 'You unfollowed this Official Account.',
  'notice.empty': 'No messages yet. Say hello or type a dossier code to look it up.',
  'composer.label': 'Message',
  'composer.placeholder': 'Type a message…',
  'composer.send': 'Send',
  'message.fromCitizen': 'You',
  'message.fromOa': 'Official Account',
  'message.notSent': 'Not sent: the simulator is not connected',
  'message.sending': 'Sending…',
  'message.log': 'Conversation',
};
