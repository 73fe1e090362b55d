/**
 * Filler that citizens wrap around what they actually look for: "cho tôi hỏi làm giấy khai sinh
 * cho con như thế nào ạ". These are down-weighted, not dropped: "cấp", "đăng ký" and "giấy" are
 * also words of official names and still break ties ("cấp đổi", "đăng ký lại"), and a query made
 * only of them is searched at full weight. Words that tell procedures apart ("lại", "đổi", "con"
 * outside "cho con", "nước ngoài") are deliberately absent, and so are fillers whose accent-free
 * form is a name word ("nhà" = nhà ở, "của" = cửa hàng, "mà" = mã số, "đâu" = lần đầu, "cần" = căn
 * cước, "chưa" = sửa chữa, "tại" = vận tải, "thì" = thi công, "đi" = di dời, "khi" = khí, "hỏi" =
 * hội). The remaining collisions ("mới"/"môi", "có"/"cơ") are resolved by the query analyser from
 * the catalogue's own phrases.
 */
import { tokenizeSyllables } from './fold.ts';

const STOP_PHRASES: readonly string[] = [
  // what the citizen wants to do
  'làm',
  'xin',
  'cấp',
  'đăng ký',
  'giấy',
  'giấy tờ',
  'thủ tục',
  'hồ sơ',
  'muốn',
  'cần làm',
  'phải',
  'được',
  // who is asking, politeness
  'tôi',
  'mình',
  'em',
  'cháu',
  'chúng tôi',
  'cho tôi',
  'cho em',
  'cho mình',
  'cho con',
  'cho bé',
  'cho cháu',
  'giúp',
  'giùm',
  'hộ tôi',
  'ạ',
  'à',
  'nhé',
  'ơi',
  'với',
  'dạ',
  'vâng',
  'xin hỏi',
  'cho hỏi',
  'hỏi về',
  // question words
  'như thế nào',
  'thế nào',
  'làm sao',
  'ra sao',
  'ở đâu',
  'chỗ nào',
  'bao nhiêu',
  'bao lâu',
  'mất bao lâu',
  'gì',
  'những gì',
  'cần gì',
  'có',
  'không',
  'ko',
  'khong',
  'hông',
  'nào',
  // connectives
  'và',
  'là',
  'để',
  'cho',
  'về',
  'ở',
  'nay',
  'này',
  'các',
  'những',
  'một',
  'mới',
  'bị',
  'nên',
  'cách',
  'hướng dẫn',
  'quy trình',
  'online',
  'trực tuyến',
  'nhanh',
];

/** Stop phrases as search-key syllables, grouped by first syllable, longest first. */
const STOP_KEYS: ReadonlyMap<string, readonly (readonly string[])[]> = groupByFirst(
  [...new Set(STOP_PHRASES.map((p) => tokenizeSyllables(p).join(' ')))].map((key) => key.split(' ')),
);

function groupByFirst(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const groups = new Map<string, (readonly string[])[]>();
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const first = phrase[0];
    if (first === undefined) continue;
    const group = groups.get(first) ?? [];
    group.push(phrase);
    groups.set(first, group);
  }
  return groups;
}

function phraseAt(tokens: readonly string[], at: number): number {
  const candidates = STOP_KEYS.get(tokens[at] ?? '');
  if (candidates === undefined) return 0;
  for (const phrase of candidates) {
    let length = 1;
    while (length < phrase.length && tokens[at + length] === phrase[length]) length += 1;
    if (length === phrase.length) return length;
  }
  return 0;
}

/**
 * Marks which syllables of a query are filler: true at index i when tokens[i] belongs to a stop
 * phrase (longest phrase wins, left to right).
 */
export function markStopWords(tokens: readonly string[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let at = 0;
  while (at < tokens.length) {
    const length = phraseAt(tokens, at);
    for (let i = 0; i < length; i += 1) marks[at + i] = true;
    at += Math.max(1, length);
  }
  return marks;
}
