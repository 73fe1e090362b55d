import { describe, expect, it } from 'vitest';
import { initialChatState, reduceChat, type ChatEvent, type ChatMessage, type ChatState } from './chat-state.ts';
import { simUser } from './test/fake-transport.ts';

const at = new Date('2026-01-05T08:15:00+07:00');

function run(events: ChatEvent[], from: ChatState = initialChatState): ChatState {
  return events.reduce(reduceChat, from);
}

const playing = run([
  { type: 'users_loaded', users: [simUser({ isFollower: false })] },
  { type: 'user_selected', userId: '1001' },
]);

function citizen(id: string, text: string, delivery: 'sending' | 'sent' = 'sent'): ChatMessage {
  return { kind: 'citizen', id, body: { kind: 'text', text }, at, delivery };
}

function oa(id: string, status: 'sent' | 'received' | 'seen' = 'sent'): ChatMessage {
  return { kind: 'oa', id, body: { kind: 'text', text: id }, at, status, buttons: [] };
}

describe('reduceChat', () => {
  it.each<[string, boolean[], boolean, number]>([
    ['follow', [true], true, 1],
    ['follow twice (the page, then the feed)', [true, true], true, 1],
    ['unfollow without following', [false], false, 0],
    ['follow then unfollow', [true, false], false, 2],
  ])('%s', (_name, changes, isFollower, notices) => {
    const state = run(
      changes.map((follows, index) => ({
        type: 'follow_changed',
        userId: '1001',
        isFollower: follows,
        id: `n${String(index)}`,
        at,
      })),
      playing,
    );
    expect(state.users[0]?.isFollower).toBe(isFollower);
    expect(state.messages.filter((message) => message.kind === 'notice')).toHaveLength(notices);
  });

  it('replaces a message being sent with the stored one', () => {
    const state = run(
      [
        { type: 'message_added', message: citizen('local-1', 'Xin chào', 'sending') },
        { type: 'message_settled', localId: 'local-1', message: citizen('u1', 'Xin chào') },
      ],
      playing,
    );
    expect(state.messages).toEqual([citizen('u1', 'Xin chào')]);
  });

  it('keeps one copy when the event feed brings the stored message first', () => {
    const state = run(
      [
        { type: 'message_added', message: citizen('local-1', 'Xin chào', 'sending') },
        { type: 'message_added', message: citizen('u1', 'Xin chào') },
        { type: 'message_settled', localId: 'local-1', message: citizen('u1', 'Xin chào') },
      ],
      playing,
    );
    expect(state.messages).toEqual([citizen('u1', 'Xin chào')]);
  });

  it('marks a message not sent, with the reason', () => {
    const state = run(
      [
        { type: 'message_added', message: citizen('local-1', 'Xin chào', 'sending') },
        { type: 'message_settled', localId: 'local-1', message: undefined, problem: 'no such user' },
      ],
      playing,
    );
    expect(state.messages[0]).toMatchObject({ delivery: 'not_sent', problem: 'no such user' });
  });

  it('moves an OA message forward through received and seen, never back', () => {
    const state = run(
      [
        { type: 'message_added', message: oa('m1') },
        { type: 'status_changed', ids: ['m1'], status: 'seen' },
        { type: 'status_changed', ids: ['m1'], status: 'received' },
        { type: 'message_added', message: oa('m1', 'sent') },
      ],
      playing,
    );
    expect(state.messages).toEqual([oa('m1', 'seen')]);
  });

  it('reloads a conversation in the server’s order and keeps what is still being sent', () => {
    const state = run(
      [
        { type: 'message_added', message: oa('m2', 'seen') },
        { type: 'message_added', message: citizen('local-1', 'Đang gửi', 'sending') },
        { type: 'conversation_loaded', user: simUser(), messages: [citizen('u1', 'Trước'), oa('m2', 'sent')] },
      ],
      playing,
    );
    expect(state.messages.map((message) => message.id)).toEqual(['u1', 'm2', 'local-1']);
    expect(state.messages[1]).toMatchObject({ status: 'seen' });
  });

  it('starts afresh when another user is picked', () => {
    const state = run(
      [
        { type: 'message_added', message: oa('m1') },
        { type: 'user_changed', user: simUser({ userId: '1002' }) },
        { type: 'user_selected', userId: '1002' },
      ],
      playing,
    );
    expect(state.messages).toEqual([]);
    expect(state.users.map((user) => user.userId)).toEqual(['1001', '1002']);
  });

  it('ignores a conversation that arrives for a user no longer played', () => {
    const state = run(
      [{ type: 'conversation_loaded', user: simUser({ userId: '1002' }), messages: [oa('x')] }],
      playing,
    );
    expect(state.messages).toEqual([]);
  });
});
