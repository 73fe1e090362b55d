import { isLookupKind, type LookupKind } from '@motcua/contracts';
import type { ChatState } from './chat-state.ts';
import { civicRequest, queryOf } from './civic-intents.ts';
import { foldText } from './fold.ts';

/** What a person did in the chat, as any chat channel reports it. */
export type ChatInput =
  | { kind: 'follow' }
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string | undefined; caption?: string }
  | { kind: 'shared_info'; phone: string | undefined }
  | { kind: 'other'; what: 'file' | 'location' | 'sticker' | 'other' };

export type Rating = 'very_satisfied' | 'satisfied' | 'unsatisfied';

export type FaqTopic = 'hours' | 'fees' | 'online' | 'supplement';

/** What the bot does with one input; the use case carries it out. */
export type Turn =
  | { do: 'menu' }
  | { do: 'ask_code'; again: boolean }
  | { do: 'lookup'; code: string; key?: string }
  | { do: 'procedure'; code: string }
  | { do: 'ask_query'; forFiling: boolean }
  | { do: 'search'; query: string; forFiling: boolean }
  | { do: 'faq'; topic?: FaqTopic }
  | { do: 'handoff' }
  | { do: 'relay' }
  | { do: 'end_handoff' }
  | { do: 'rate'; code: string; rating: Rating }
  | { do: 'rating_reason'; code: string; reason: string }
  | { do: 'photo'; url: string | undefined }
  | { do: 'send_supplement'; code: string }
  | { do: 'link_phone' }
  | { do: 'info_shared'; phone: string | undefined }
  | { do: 'unsupported'; what: 'file' | 'location' | 'sticker' | 'other' }
  | { do: 'thanks' }
  | { do: 'lookups_menu' }
  | { do: 'ask_lookup'; kind: LookupKind }
  | { do: 'civic_lookup'; kind: LookupKind; query: string }
  | { do: 'fallback'; text: string };

/**
 * A dossier code (TT 01/2018 Điều 19): `<agency e-ID>-YYMMDD-XXXX`, e.g. `000.20.01.H53-261124-0001`.
 * Matched in the original text, case-insensitively.
 */
const CODE = /(?<![\w.])([0-9a-z]{1,4}(?:\.[0-9a-z]{1,4}){1,5}-\d{6}-\d{4,6})(?![\w])/i;
/** A procedure code (mã thủ tục), as the finder's suggestion buttons send it. */
const PROCEDURE_CODE = /^([0-9]\.[0-9]{6}(?:\.[0-9A-Za-z.]+)?)$/;
/** A receipt's look-up key: 10 letters and digits as printed (no 0, O, 1, I, L). */
const KEY = /^[a-hj-km-np-z2-9]{10}$/i;

/** The payloads of the bot's own buttons (`oa.query.*` taps arrive as the user's text). */
export const COMMANDS = {
  menu: '#menu',
  lookup: 'Tra cứu hồ sơ',
  file: 'Nộp hồ sơ',
  find: 'Tìm thủ tục',
  faq: 'Hỏi đáp',
  human: 'Gặp cán bộ',
  lookups: 'Tra cứu khác',
  lookupKind: (kind: LookupKind) => `#tracuu ${kind}`,
  link: '#lienket',
  endHandoff: '#ketthuc',
  rate: (code: string, rating: Rating) => `#danhgia ${code} ${rating}`,
  sendSupplement: (code: string) => `#bosung ${code}`,
  faqTopic: (topic: FaqTopic) => `#hoidap ${topic}`,
} as const;

const RATINGS: readonly Rating[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
const FAQ_TOPICS: readonly FaqTopic[] = ['hours', 'fees', 'online', 'supplement'];

/** Whole-message phrases (folded) for each menu entry; digits 1–6 pick the menu's lines. */
const PHRASES: readonly [RegExp, Turn][] = [
  [
    /^(1|tra cuu( ho so)?|tracuu|kiem tra ho so|xem ho so|tinh trang ho so|ho so cua toi)$/,
    { do: 'ask_code', again: false },
  ],
  [/^(2|nop ho so|nop|nop truc tuyen|dang ky ho so|lam ho so)$/, { do: 'ask_query', forFiling: true }],
  [/^(3|tim thu tuc|thu tuc|tim kiem thu tuc|tra cuu thu tuc)$/, { do: 'ask_query', forFiling: false }],
  [/^(4|hoi dap|hoi|cau hoi|faq|huong dan)$/, { do: 'faq' }],
  [
    /^(5|gap can bo|can bo|nhan vien|tu van vien|gap nguoi that|noi chuyen voi can bo|tong dai vien)$/,
    { do: 'handoff' },
  ],
  [/^(6|tra cuu khac|tien ich|tra cuu tien ich|tra cuu thong tin)$/, { do: 'lookups_menu' }],
  [/^(menu|#menu|xin chao|chao|chao ban|alo|hello|hi|bat dau|start|quay lai|huy|thoi)$/, { do: 'menu' }],
  [/^(#lienket|lien ket|lien ket so dien thoai|chia se so dien thoai)$/, { do: 'link_phone' }],
  [/^(cam on|cam on ban|thank you|thanks|ok|oke|da nhan)$/, { do: 'thanks' }],
];

const FAQ_WORDS: readonly [RegExp, FaqTopic][] = [
  [/\b(gio lam viec|may gio|lam viec luc nao|thu bay|gio mo cua)\b/, 'hours'],
  [/\b(le phi|phi|bao nhieu tien|mat tien)\b/, 'fees'],
  [/\b(nop online|nop truc tuyen|nop qua mang|nop qua zalo)\b/, 'online'],
  [/\b(bo sung)\b/, 'supplement'],
];

/**
 * The bot's own button payloads. Read from the text as sent, not folded: folding drops the `_` of
 * `very_satisfied`, and a tap on "Rất hài lòng" would then read as a look-up of the code.
 */
function command(text: string): Turn | undefined {
  const [name = '', ...args] = text.trim().toLowerCase().split(/\s+/);
  const [first, second] = args;
  if (name === '#danhgia') {
    return first && RATINGS.includes(second as Rating)
      ? { do: 'rate', code: first.toUpperCase(), rating: second as Rating }
      : undefined;
  }
  if (name === '#bosung') return first ? { do: 'send_supplement', code: first.toUpperCase() } : undefined;
  if (name === '#hoidap') {
    return FAQ_TOPICS.includes(first as FaqTopic) ? { do: 'faq', topic: first as FaqTopic } : { do: 'faq' };
  }
  if (name === '#ketthuc') return { do: 'end_handoff' };
  if (name === '#tracuu')
    return first && isLookupKind(first) ? { do: 'ask_lookup', kind: first } : { do: 'lookups_menu' };
  return undefined;
}

function phrase(folded: string, state: ChatState): Turn | undefined {
  // Digits pick menu lines only when the bot is not waiting for something else.
  if (state.step !== 'idle' && /^\d$/.test(folded)) return undefined;
  return PHRASES.find(([pattern]) => pattern.test(folded))?.[1];
}

/** A dossier code in the text, and a key typed after it, if any. */
export function findCode(text: string): { code: string; key?: string } | undefined {
  const match = CODE.exec(text);
  if (!match?.[1]) return undefined;
  const after = text
    .slice(match.index + match[0].length)
    .trim()
    .split(/[\s,;:]+/);
  const key = after.find((word) => KEY.test(word));
  return { code: match[1].toUpperCase(), ...(key ? { key: key.toUpperCase() } : {}) };
}

function textTurn(text: string, state: ChatState): Turn {
  const folded = foldText(text);
  const fixed = command(text) ?? phrase(folded, state);
  if (fixed) return fixed;
  // A receipt's key may look like a plate: while one is awaited, it is read as the key.
  const civic = state.step === 'awaiting_key' ? undefined : civicRequest(text);
  if (civic) return { do: 'civic_lookup', ...civic };
  const found = findCode(text);
  if (found) return { do: 'lookup', ...found };
  const procedure = PROCEDURE_CODE.exec(text.trim());
  if (procedure?.[1]) return { do: 'procedure', code: procedure[1] };
  switch (state.step) {
    case 'awaiting_key': {
      const word = text.trim();
      return { do: 'lookup', code: state.code, key: word.toUpperCase() };
    }
    case 'awaiting_code':
      return { do: 'ask_code', again: true };
    case 'awaiting_query':
      return { do: 'search', query: text.trim(), forFiling: state.forFiling };
    case 'awaiting_rating_reason':
      return { do: 'rating_reason', code: state.code, reason: text.trim() };
    case 'awaiting_lookup':
      return { do: 'civic_lookup', kind: state.kind, query: queryOf(state.kind, text) };
    case 'choosing_procedure': {
      const chosen = /^\d$/.test(folded) ? state.codes[Number(folded) - 1] : undefined;
      if (chosen) return { do: 'procedure', code: chosen };
      const topic = FAQ_WORDS.find(([pattern]) => pattern.test(folded));
      return topic ? { do: 'faq', topic: topic[1] } : { do: 'fallback', text: text.trim() };
    }
    case 'collecting_supplement':
    case 'idle': {
      const topic = FAQ_WORDS.find(([pattern]) => pattern.test(folded));
      return topic ? { do: 'faq', topic: topic[1] } : { do: 'fallback', text: text.trim() };
    }
  }
}

/**
 * What one input means in the current state. Pure: the same input in the same state always gives
 * the same turn. A follow is greeted with the menu. A thread handed to an officer passes everything
 * on, except the way back to the bot.
 */
export function interpret(state: ChatState, input: ChatInput, handedOff: boolean): Turn {
  if (input.kind === 'shared_info') return { do: 'info_shared', phone: input.phone };
  if (handedOff) {
    if (input.kind === 'text' && ['#ketthuc', 'ket thuc', 'ket thuc tro chuyen'].includes(foldText(input.text))) {
      return { do: 'end_handoff' };
    }
    return { do: 'relay' };
  }
  switch (input.kind) {
    case 'follow':
      return { do: 'menu' };
    case 'image':
      return { do: 'photo', url: input.url };
    case 'other':
      return { do: 'unsupported', what: input.what };
    case 'text':
      return input.text.trim() === '' ? { do: 'menu' } : textTurn(input.text, state);
  }
}
