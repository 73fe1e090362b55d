import { describe, expect, it } from 'vitest';
import { IDLE, nextState, readChatState, type ChatState } from './chat-state.ts';
import { findCode, interpret, type Turn } from './intents.ts';
import { dossierStatus } from './replies.ts';

const text = (value: string) => ({ kind: 'text' as const, text: value });
const code = '000.20.01.H53-261124-0001';

describe('what a message means to the bot', () => {
  it.each<[string, Turn['do']]>([
    ['Tra cứu hồ sơ', 'ask_code'],
    ['tra cuu ho so', 'ask_code'],
    ['TRA CỨU', 'ask_code'],
    ['1', 'ask_code'],
    ['Nộp hồ sơ', 'ask_query'],
    ['nop ho so', 'ask_query'],
    ['Tìm thủ tục', 'ask_query'],
    ['Hỏi đáp', 'faq'],
    ['hoi dap', 'faq'],
    ['Gặp cán bộ', 'handoff'],
    ['gap can bo', 'handoff'],
    ['5', 'handoff'],
    ['Xin chào', 'menu'],
    ['xin chao', 'menu'],
    ['#menu', 'menu'],
    ['#lienket', 'link_phone'],
    ['Cảm ơn', 'thanks'],
    ['mấy giờ làm việc vậy', 'faq'],
    ['1.001193', 'procedure'],
    ['asdf qwer', 'fallback'],
  ])('"%s" → %s', (message, expected) => {
    expect(interpret(IDLE, text(message), false).do).toBe(expected);
  });

  it('greets a new follower with the menu, whatever the thread waited for, unless an officer has it', () => {
    expect(interpret(IDLE, { kind: 'follow' }, false)).toEqual({ do: 'menu' });
    expect(interpret({ step: 'awaiting_key', code, attempts: 1 }, { kind: 'follow' }, false)).toEqual({ do: 'menu' });
    expect(interpret(IDLE, { kind: 'follow' }, true)).toEqual({ do: 'relay' });
  });

  it('finds a code in any case, with the key typed after it', () => {
    expect(findCode(`tra cứu ${code.toLowerCase()}`)).toEqual({ code });
    expect(findCode(`${code} k7p29qxm4d`)).toEqual({ code, key: 'K7P29QXM4D' });
    expect(findCode('không có mã')).toBeUndefined();
  });

  it('reads the next message in the state the bot left', () => {
    const awaitingKey: ChatState = { step: 'awaiting_key', code, attempts: 1 };
    expect(interpret(awaitingKey, text('k7p29qxm4d'), false)).toEqual({ do: 'lookup', code, key: 'K7P29QXM4D' });
    expect(interpret(awaitingKey, text('huỷ'), false)).toEqual({ do: 'menu' });
    expect(interpret({ step: 'awaiting_query', forFiling: true }, text('khai sinh'), false)).toEqual({
      do: 'search',
      query: 'khai sinh',
      forFiling: true,
    });
    expect(interpret({ step: 'awaiting_rating_reason', code }, text('Chờ lâu'), false)).toEqual({
      do: 'rating_reason',
      code,
      reason: 'Chờ lâu',
    });
    expect(interpret({ step: 'awaiting_code' }, text('abc'), false)).toEqual({ do: 'ask_code', again: true });
    // Digits pick menu lines only when nothing else is awaited.
    expect(interpret({ step: 'awaiting_query', forFiling: false }, text('3'), false).do).toBe('search');
  });

  it('parses the hidden button commands', () => {
    expect(interpret(IDLE, text(`#danhgia ${code.toLowerCase()} unsatisfied`), false)).toEqual({
      do: 'rate',
      code,
      rating: 'unsatisfied',
    });
    expect(interpret(IDLE, text(`#bosung ${code}`), false)).toEqual({ do: 'send_supplement', code });
    expect(interpret(IDLE, text('#hoidap fees'), false)).toEqual({ do: 'faq', topic: 'fees' });
  });

  it('reads each rating button under a returned dossier as that rating', () => {
    const facts = { code, procedureName: 'Thủ tục đăng ký khai sinh', statusLabel: 'Đã trả kết quả', status: 10 };
    const [, question] = dossierStatus(
      { ...facts, unit: 'Trung tâm Phục vụ hành chính công phường Tân Ninh', overdue: false },
      { rateable: true, canSupplement: false },
    );
    const buttons = question?.kind === 'text' ? (question.buttons ?? []) : [];
    const taps = buttons.map((button) => ('query' in button ? interpret(IDLE, text(button.query), false) : undefined));
    expect(buttons.map((button) => button.title)).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(taps).toEqual([
      { do: 'rate', code, rating: 'very_satisfied' },
      { do: 'rate', code, rating: 'satisfied' },
      { do: 'rate', code, rating: 'unsatisfied' },
    ]);
  });

  it('passes everything to the officer once handed off, except the way back', () => {
    expect(interpret(IDLE, text('menu'), true)).toEqual({ do: 'relay' });
    expect(interpret(IDLE, { kind: 'image', url: 'https://x.zdn.vn/a.jpg' }, true)).toEqual({ do: 'relay' });
    expect(interpret(IDLE, text('Kết thúc'), true)).toEqual({ do: 'end_handoff' });
    expect(interpret(IDLE, { kind: 'shared_info', phone: '84912345678' }, true)).toEqual({
      do: 'info_shared',
      phone: '84912345678',
    });
  });

  it('keeps the state small and safe to read back', () => {
    expect(readChatState({ step: 'awaiting_key' })).toEqual(IDLE);
    expect(readChatState('junk')).toEqual(IDLE);
    let state: ChatState = IDLE;
    for (let i = 0; i < 12; i += 1) state = nextState(state, { step: 'idle' }, `C-${String(i)}`);
    expect(state.known).toHaveLength(10);
    expect(readChatState(state)).toEqual(state);
  });
});
