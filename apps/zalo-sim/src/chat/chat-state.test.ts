import { describe, expect, it } from 'vitest';
import { initialChatState, reduceChat, type ChatEvent, type ChatState } from './chat-state.ts';

const at = new Date('2026-01-05T08:15:00+07:00');

function run(events: ChatEvent[], from: ChatState = initialChatState): ChatState {
  return events.reduce(reduceChat, from);
}

describe('reduceChat', () => {
  it.each<[string, ChatEvent[], boolean, number]>([
    ['follow', [{ type: 'followed', id: 'a', at }], true, 1],
    [
      'follow twice',
      [
        { type: 'followed', id: 'a', at },
        { type: 'followed', id: 'b', at },
      ],
      true,
      1,
    ],
    ['unfollow without following', [{ type: 'unfollowed', id: 'a', at }], false, 0],
    [
      'follow then unfollow',
      [
        { type: 'followed', id: 'a', at },
        { type: 'unfollowed', id: 'b', at },
      ],
      false,
      2,
    ],
  ])('%s', (_name, events, followed, notices) => {
    const state = run(events);
    expect(state.followed).toBe(followed);
    expect(state.messages.filter((message) => message.kind === 'notice')).toHaveLength(notices);
  });

  it('marks a citizen message as sending, then applies its delivery', () => {
    const state = run([
      { type: 'citizen_wrote', id: 'm1', text: 'Xin chào', at },
      { type: 'delivery_changed', id: 'm1', delivery: 'not_sent' },
    ]);
    expect(state.messages).toEqual([
      { kind: 'text', id: 'm1', from: 'citizen', text: 'Xin chào', at, delivery: 'not_sent' },
    ]);
  });

  it('keeps the order of the conversation', () => {
    const state = run([
      { type: 'citizen_wrote', id: 'm1', text: 'Tra cứu hồ sơ', at },
      { type: 'oa_wrote', id: 'm2', text: 'Vui lòng nhập mã hồ sơ', at },
    ]);
    expect(state.messages.map((message) => message.id)).toEqual(['m1', 'm2']);
  });
});
