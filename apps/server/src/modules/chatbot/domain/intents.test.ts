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

describe('civic look-ups and choices in free text', () => {
  it.each<[string, Turn]>([
    ['giá đất Nguyễn Trãi', { do: 'civic_lookup', kind: 'land-price', query: 'Nguyễn Trãi' }],
    [
      'Cho tôi hỏi giá đất đường Nguyễn Trãi bao nhiêu?',
      { do: 'civic_lookup', kind: 'land-price', query: 'Nguyễn Trãi' },
    ],
    ['Nguyễn Trãi giá đất bao nhiêu', { do: 'civic_lookup', kind: 'land-price', query: 'Nguyễn Trãi' }],
    ['bang gia dat', { do: 'civic_lookup', kind: 'land-price', query: '' }],
    ['phạt nguội 51F12345', { do: 'civic_lookup', kind: 'traffic-fines', query: '51F12345' }],
    ['xe 51F-123.45 có bị phạt nguội không', { do: 'civic_lookup', kind: 'traffic-fines', query: '51F-123.45' }],
    ['51f 123.45', { do: 'civic_lookup', kind: 'traffic-fines', query: '51f 123.45' }],
    ['GPLX 012345678901', { do: 'civic_lookup', kind: 'driving-licence', query: '012345678901' }],
    ['tra cứu giấy phép lái xe', { do: 'civic_lookup', kind: 'driving-licence', query: '' }],
    ['6', { do: 'lookups_menu' }],
    ['#tracuu traffic-fines', { do: 'ask_lookup', kind: 'traffic-fines' }],
  ])('"%s"', (message, expected) => {
    expect(interpret(IDLE, text(message), false)).toEqual(expected);
  });

  it('leaves the procedure "đổi giấy phép lái xe" to the catalogue, and a key that looks like a plate to the look-up', () => {
    expect(interpret(IDLE, text('đổi giấy phép lái xe'), false).do).toBe('fallback');
    const awaitingKey: ChatState = { step: 'awaiting_key', code, attempts: 0 };
    expect(interpret(awaitingKey, text('23AB456789'), false)).toEqual({ do: 'lookup', code, key: '23AB456789' });
  });

  it('reads the answer to a question the bot asked: a plate for the look-up, a number for the choice', () => {
    const plate: ChatState = { step: 'awaiting_lookup', kind: 'traffic-fines' };
    expect(interpret(plate, text('xe tôi 70H1-234.56'), false)).toEqual({
      do: 'civic_lookup',
      kind: 'traffic-fines',
      query: '70H1-234.56',
    });
    const choosing: ChatState = { step: 'choosing_procedure', codes: ['3.000347', '3.000353'] };
    expect(interpret(choosing, text('2'), false)).toEqual({ do: 'procedure', code: '3.000353' });
    expect(interpret(choosing, text('3'), false).do).toBe('fallback');
    expect(readChatState(JSON.parse(JSON.stringify(choosing)))).toEqual(choosing);
    expect(readChatState({ step: 'awaiting_lookup', kind: 'weather' })).toEqual(IDLE);
  });
});
