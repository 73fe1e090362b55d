/**
 * Everyday words and abbreviations citizens use for procedures, mapped to the words of the
 * official names. Terms are matched on accent-free syllables, so "so do", "sổ đỏ" and "SỔ ĐỎ" are
 * one entry. A province can add its own entries (stored per tenant) on top of the defaults.
 */
import { tokenizeSyllables } from './fold.ts';

/** One synonym rule: a query containing `term` is searched as if it said `expansion`. */
export interface Synonym {
  /** What citizens type, e.g. "sổ đỏ" or "gplx". Matched accent-free on whole syllables. */
  readonly term: string;
  /** Words of the official procedure name it stands for. */
  readonly expansion: string;
}

function entries(expansion: string, terms: readonly string[]): Synonym[] {
  return terms.map((term) => ({ term, expansion }));
}

/** Default Vietnamese synonym and abbreviation table, usable in every province. */
export const defaultSynonyms: readonly Synonym[] = [
  // Đất đai
  ...entries('giấy chứng nhận quyền sử dụng đất', ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'gcn qsdđ', 'gcnqsdđ']),
  ...entries('quyền sử dụng đất', ['qsdđ']),
  ...entries('chuyển nhượng quyền sử dụng đất', ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên đất']),
  // Giao thông: giấy phép lái xe, đăng ký xe
  ...entries('giấy phép lái xe', ['bằng lái', 'bằng lái xe', 'gplx', 'bằng xe máy', 'bằng ô tô']),
  ...entries('giấy phép lái xe quốc tế', [
    'idp',
    'bằng lái quốc tế',
    'gplx quốc tế',
    'bằng lái đi nước ngoài',
    'lái xe ở nước ngoài',
  ]),
  ...entries('chứng nhận đăng ký xe', ['cà vẹt', 'cavet', 'cà vẹt xe']),
  ...entries('đăng ký cấp biển số xe', ['đăng ký xe', 'đăng ký xe máy', 'làm biển số', 'biển số xe']),
  ...entries('ô tô', ['oto', 'xe hơi']),
  ...entries('kinh doanh vận tải bằng xe ô tô', ['taxi', 'xe khách', 'xe tải', 'chạy xe dịch vụ', 'nhà xe']),
  // Hộ tịch
  ...entries('khai sinh', ['gks', 'giấy khai sinh', 'giay ks', 'làm khai sinh']),
  ...entries('đăng ký lại khai sinh', ['khai sinh lại', 'làm lại khai sinh']),
  ...entries('bản sao giấy khai sinh trích lục hộ tịch', [
    'bản sao giấy khai sinh',
    'bản sao khai sinh',
    'sao giấy khai sinh',
  ]),
  ...entries('trích lục hộ tịch', ['trích lục']),
  ...entries('khai tử', ['giấy chứng tử', 'chứng tử', 'báo tử', 'giấy báo tử', 'người chết']),
  ...entries('kết hôn', ['đăng ký cưới', 'giấy đăng ký kết hôn', 'làm giấy đăng ký kết hôn', 'giấy kết hôn', 'đkkh']),
  ...entries('kết hôn có yếu tố nước ngoài', [
    'kết hôn với người nước ngoài',
    'lấy chồng nước ngoài',
    'lấy vợ nước ngoài',
    'cưới người nước ngoài',
    'lấy chồng ngoại',
    'lấy vợ ngoại',
    'kết hôn với việt kiều',
    'cưới việt kiều',
  ]),
  ...entries('kết hôn', ['cưới', 'lấy chồng', 'lấy vợ', 'cưới vợ', 'cưới chồng']),
  ...entries('nước ngoài', ['việt kiều', 'hàn quốc', 'trung quốc', 'đài loan', 'nhật bản', 'người mỹ', 'ngoại quốc']),
  ...entries('nhận cha mẹ con', ['nhận con', 'nhận cha', 'nhận mẹ', 'nhận cha cho con', 'xác nhận cha con']),
  ...entries('nuôi con nuôi', ['nhận con nuôi', 'xin con nuôi']),
  ...entries('xác nhận tình trạng hôn nhân', ['giấy xác nhận độc thân', 'xác nhận độc thân', 'giấy độc thân', 'tthn']),
  ...entries('tình trạng hôn nhân', ['độc thân']),
  // Chứng thực
  ...entries('chứng thực bản sao từ bản chính', ['sao y bản chính', 'sao y', 'công chứng', 'photo công chứng']),
  // Cư trú
  ...entries('đăng ký thường trú', ['nhập hộ khẩu', 'chuyển hộ khẩu', 'nhập khẩu']),
  ...entries('thường trú', ['hộ khẩu', 'sổ hộ khẩu']),
  ...entries('đăng ký tạm trú', ['khai báo tạm trú', 'kt3']),
  ...entries('tạm trú', ['ở trọ', 'thuê trọ', 'nhà trọ', 'phòng trọ', 'thuê nhà']),
  // Lý lịch tư pháp
  ...entries('lý lịch tư pháp', ['lltp', 'lý lịch', 'ltp']),
  ...entries('phiếu lý lịch tư pháp', ['phiếu lý lịch', 'không tiền án', 'tiền án tiền sự', 'giấy không tiền án']),
  // Hộ kinh doanh, thuế
  ...entries('hộ kinh doanh', ['hkd', 'kinh doanh nhỏ', 'buôn bán nhỏ', 'kinh doanh cá thể']),
  ...entries('thành lập hộ kinh doanh', ['mở quán', 'mở tiệm', 'mở cửa hàng', 'mở shop', 'mở sạp', 'mở hàng quán']),
  ...entries('đăng ký thuế', ['mã số thuế', 'mst']),
  // Căn cước
  ...entries('căn cước', ['cccd', 'cmnd', 'căn cước công dân', 'chứng minh nhân dân', 'chứng minh thư']),
  // Xây dựng
  ...entries('giấy phép xây dựng nhà ở riêng lẻ', ['xin phép xây nhà', 'phép xây nhà', 'giấy phép xây nhà']),
  ...entries('giấy phép xây dựng', ['gpxd', 'giấy phép xây dựng', 'phép xây dựng']),
  ...entries('xây dựng nhà ở', ['xây nhà', 'cất nhà', 'làm nhà']),
  ...entries('sửa chữa cải tạo nhà ở', ['sửa nhà']),
  // Việc làm, quốc tịch, du lịch
  ...entries('trợ cấp thất nghiệp', ['thất nghiệp', 'bảo hiểm thất nghiệp', 'bhtn', 'mất việc', 'nghỉ việc']),
  ...entries('nhập quốc tịch', ['nhập tịch', 'xin quốc tịch', 'vào quốc tịch', 'lấy quốc tịch']),
  ...entries('công nhận hạng cơ sở lưu trú du lịch', [
    'xếp hạng khách sạn',
    'xếp sao khách sạn',
    'công nhận khách sạn',
  ]),
  ...entries('cơ sở lưu trú du lịch', ['khách sạn', 'nhà nghỉ', 'homestay', 'resort']),
  // Places and bodies
  ...entries('Hà Nội', ['hn']),
  ...entries('Thành phố Hồ Chí Minh', ['tphcm', 'tp hcm', 'sài gòn', 'hcm']),
  ...entries('Ủy ban nhân dân', ['ubnd']),
];

function termKey(term: string): string {
  return tokenizeSyllables(term).join(' ');
}

/**
 * Merges a province's own entries into the defaults. A tenant entry whose term equals a default
 * term (compared accent-free) replaces it; other tenant entries are added. Entries with an empty
 * term are ignored.
 */
export function mergeSynonyms(defaults: readonly Synonym[], tenantEntries: readonly Synonym[]): Synonym[] {
  const byTerm = new Map<string, Synonym>();
  for (const entry of [...defaults, ...tenantEntries]) {
    const key = termKey(entry.term);
    if (key === '') continue;
    byTerm.delete(key);
    byTerm.set(key, entry);
  }
  return [...byTerm.values()];
}

/** A synonym table compiled for matching on search-key syllables. */
export interface SynonymMatcher {
  /** Rules grouped by first syllable, longest term first. */
  readonly byFirst: ReadonlyMap<string, readonly CompiledSynonym[]>;
  /** Every syllable that appears in a term, for splitting run-together words. */
  readonly syllables: ReadonlySet<string>;
}

/** A synonym rule as search-key syllables. */
export interface CompiledSynonym {
  readonly term: readonly string[];
  readonly expansion: readonly string[];
}

/** Compiles synonym rules for {@link applySynonyms}. */
export function compileSynonyms(synonyms: readonly Synonym[]): SynonymMatcher {
  const byFirst = new Map<string, CompiledSynonym[]>();
  const syllables = new Set<string>();
  for (const entry of synonyms) {
    const term = tokenizeSyllables(entry.term);
    const expansion = tokenizeSyllables(entry.expansion);
    const first = term[0];
    if (first === undefined) continue;
    term.forEach((s) => syllables.add(s));
    const list = byFirst.get(first) ?? [];
    list.push({ term, expansion });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);
  return { byFirst, syllables };
}

/** One span of a rewritten query: either kept as typed or replaced by a synonym expansion. */
export interface SynonymSpan {
  readonly tokens: readonly string[];
  /** The typed syllables a synonym replaced; undefined when the span is as typed. */
  readonly replaced?: readonly string[];
}

function startsWith(tokens: readonly string[], at: number, prefix: readonly string[]): boolean {
  return prefix.every((t, i) => tokens[at + i] === t);
}

function findRule(tokens: readonly string[], at: number, matcher: SynonymMatcher): CompiledSynonym | undefined {
  const first = tokens[at];
  const candidates = first === undefined ? undefined : matcher.byFirst.get(first);
  return candidates?.find((rule) => startsWith(tokens, at, rule.term));
}

/**
 * Rewrites search-key syllables with the longest synonym at each position, left to right, without
 * overlaps. Where the query already spells out a rule's expansion, that part is kept as typed
 * ("lý lịch tư pháp" is not rewritten by the "lý lịch" rule), so identity rules guard phrases.
 */
export function applySynonyms(tokens: readonly string[], matcher: SynonymMatcher): SynonymSpan[] {
  const spans: SynonymSpan[] = [];
  let plain: string[] = [];
  let at = 0;
  while (at < tokens.length) {
    const rule = findRule(tokens, at, matcher);
    if (rule === undefined) {
      plain.push(tokens[at] ?? '');
      at += 1;
      continue;
    }
    if (startsWith(tokens, at, rule.expansion)) {
      plain.push(...rule.expansion);
      at += rule.expansion.length;
      continue;
    }
    if (plain.length > 0) spans.push({ tokens: plain });
    plain = [];
    spans.push({ tokens: rule.expansion, replaced: tokens.slice(at, at + rule.term.length) });
    at += rule.term.length;
  }
  if (plain.length > 0) spans.push({ tokens: plain });
  return spans;
}

/** Accent-free form of a term, as the matcher compares it (for admin UIs and duplicate checks). */
export function synonymKey(term: string): string {
  return termKey(term);
}
