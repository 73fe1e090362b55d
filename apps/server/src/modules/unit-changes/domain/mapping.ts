/**
 * A mapping of administrative units that merged or were renumbered: one line per old unit, old code
 * → new code (2-digit provinces, 5-digit communes, QĐ 19/2025/QĐ-TTg). Pure: which codes exist is
 * passed in.
 */

export type UnitKind = 'province' | 'commune';

export interface MappingLine {
  line: number;
  oldCode: string;
  newCode: string;
  kind: UnitKind | undefined;
  /** `applied`; `duplicate` (the same line again, counted once); `skipped` with the reason. */
  status: 'applied' | 'duplicate' | 'skipped';
  reason?: string;
}

export interface MappingPlan {
  lines: MappingLine[];
  /** What is applied: old code → new code. */
  mapping: Map<string, string>;
  /** Codes of the file that are not among the administrative units, with the line and role. */
  unknownCodes: { line: number; code: string; role: 'old' | 'new' }[];
  /** Old codes given more than one line, with their lines and the new codes they were given. */
  mappedTwice: { code: string; lines: number[]; newCodes: string[] }[];
}

const CODE = /^([0-9]{2}|[0-9]{5})$/;

function kindOf(code: string): UnitKind {
  return code.length === 2 ? 'province' : 'commune';
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** A line of a CSV (`old_code,new_code[,kind]`) or JSON (`{oldCode, newCode, kind?}`) mapping. */
export function readMappingLine(line: number, value: unknown): MappingLine {
  const v = (value ?? {}) as Record<string, unknown>;
  const oldCode = text(v['old_code'] ?? v['oldCode']);
  const newCode = text(v['new_code'] ?? v['newCode']);
  const given = text(v['kind']);
  const base = { line, oldCode, newCode, kind: undefined, status: 'skipped' as const };
  if (!CODE.test(oldCode) || !CODE.test(newCode)) {
    return { ...base, reason: 'mã phải có 2 (tỉnh) hoặc 5 (xã) chữ số — codes are 2 (province) or 5 (commune) digits' };
  }
  const kind = kindOf(oldCode);
  if (kindOf(newCode) !== kind) {
    return { ...base, reason: 'mã cũ và mã mới khác cấp — old and new codes are of different levels' };
  }
  if (given !== '' && given !== kind) {
    return { ...base, kind, reason: `kind "${given}" không khớp mã — kind does not match the codes` };
  }
  if (oldCode === newCode) return { ...base, kind, reason: 'mã cũ trùng mã mới — old and new codes are the same' };
  return { line, oldCode, newCode, kind, status: 'applied' };
}

function markTwice(lines: MappingLine[]): MappingPlan['mappedTwice'] {
  const byOld = new Map<string, MappingLine[]>();
  for (const l of lines) if (l.status === 'applied') byOld.set(l.oldCode, [...(byOld.get(l.oldCode) ?? []), l]);
  const twice: MappingPlan['mappedTwice'] = [];
  for (const [code, group] of byOld) {
    if (group.length < 2) continue;
    const newCodes = [...new Set(group.map((l) => l.newCode))];
    twice.push({ code, lines: group.map((l) => l.line), newCodes });
    group.forEach((l, i) => {
      if (newCodes.length > 1) {
        l.status = 'skipped';
        l.reason = `mã ${code} được ánh xạ tới nhiều mã (${newCodes.join(', ')}) — mapped to several codes`;
      } else if (i > 0) {
        l.status = 'duplicate';
        l.reason = `trùng dòng ${group[0]?.line ?? '?'} — repeats line ${group[0]?.line ?? '?'}`;
      }
    });
  }
  return twice;
}

/**
 * Checks a mapping's lines against each other and the administrative units (`known` codes): bad
 * codes, codes mapped twice (to different codes: none applied; to the same code: counted once),
 * chains (a new code that is itself mapped), new codes that are not units. An old code missing
 * from the units is reported but still applied: merged units leave the national list.
 */
export function planMapping(lines: MappingLine[], known: ReadonlySet<string>): MappingPlan {
  const unknownCodes: MappingPlan['unknownCodes'] = [];
  const mappedTwice = markTwice(lines);
  const olds = new Set(lines.filter((l) => l.status === 'applied').map((l) => l.oldCode));
  for (const l of lines) {
    if (l.kind === undefined) continue;
    if (!known.has(l.oldCode)) unknownCodes.push({ line: l.line, code: l.oldCode, role: 'old' });
    if (!known.has(l.newCode)) unknownCodes.push({ line: l.line, code: l.newCode, role: 'new' });
    if (l.status !== 'applied') continue;
    if (!known.has(l.newCode)) {
      l.status = 'skipped';
      l.reason = `mã mới ${l.newCode} không có trong danh mục (nạp danh mục mới trước) — new code is not an administrative unit; import the new list first`;
    } else if (olds.has(l.newCode)) {
      l.status = 'skipped';
      l.reason = `mã mới ${l.newCode} cũng được ánh xạ tiếp — the new code is itself mapped; map straight to the final code`;
    }
  }
  const mapping = new Map(lines.filter((l) => l.status === 'applied').map((l) => [l.oldCode, l.newCode]));
  return { lines, mapping, unknownCodes, mappedTwice };
}
