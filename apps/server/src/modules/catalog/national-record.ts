import type { ChannelRule, ProcedureDefinition, TimeUnit } from '@motcua/contracts';

/**
 * Maps one record of the national procedure database (CSDL quốc gia về TTHC, its JSON API layout:
 * `{ code: 'OK', data: {...} }` or the bare `data`) to our definition. Facts the record lacks are
 * listed in `uncertainties` so an admin can complete them.
 */

interface NationalFee {
  value?: number;
  description?: string;
  currencyName?: string;
}
interface NationalMethod {
  submissionMethod?: string;
  /** Usually a number; some records carry the limit as words ("Không quá 15 ngày."). */
  processingTime?: number | string;
  processingTimeUnit?: string;
  description?: string;
  fees?: NationalFee[];
}
interface NationalComponent {
  name?: string;
  originalQty?: number;
  copyQty?: number;
  required?: boolean;
}
interface NationalCase {
  name?: string;
  profileComponents?: NationalComponent[];
}
interface Named {
  name?: string;
  code?: string;
}
export interface NationalRecord {
  code: string;
  name: string;
  executionMethods?: NationalMethod[];
  executionCases?: NationalCase[];
  executionSteps?: { name?: string; description?: string }[];
  category?: Named;
  isWard?: boolean;
  isProvince?: boolean;
  isFullProcess?: boolean;
  unitGroupsExecuting?: Named[];
  departmentsExecuting?: Named[];
  subjectTypesDetails?: Named[];
  legalBasisesDetails?: Named[];
  resultsDetails?: Named[];
  requirementsAndConditions?: string;
  keywords?: string;
  procedureProposal?: { proposalNumber?: string };
}

/** True when a record looks like the national database layout rather than ours. */
export function isNationalRecord(value: unknown): value is NationalRecord | { code: string; data: NationalRecord } {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const data = v['data'];
  if (data && typeof data === 'object' && 'executionMethods' in data) return true;
  return 'executionMethods' in v || 'executionCases' in v;
}

export function unwrapNational(value: NationalRecord | { code: string; data: NationalRecord }): NationalRecord {
  return 'data' in value && typeof value.data === 'object' ? value.data : (value as NationalRecord);
}

const channelOf: Record<string, ChannelRule['channel']> = { DIRECT: 'counter', ONLINE: 'online', POSTAL: 'postal' };

/** Reads a limit written in words: "Không quá 15 ngày làm việc", "03 tháng", "24 giờ" (in our units). */
export function timeFromText(text: string): ChannelRule['processingTime'] | undefined {
  const folded = text.normalize('NFC').toLocaleLowerCase('vi');
  const number = /(\d+(?:[.,]\d+)?)/.exec(folded)?.[1];
  if (number === undefined) return undefined;
  const value = Number(number.replace(',', '.'));
  if (/ngày làm việc/.test(folded)) return { value, unit: 'working_days', text };
  if (/giờ/.test(folded)) return { value, unit: 'working_hours', text };
  if (/tháng/.test(folded)) return { value: value * 30, unit: 'days', text };
  if (/ngày/.test(folded)) return { value, unit: 'days', text };
  return undefined;
}

function timeOf(method: NationalMethod, notes: string[]): ChannelRule['processingTime'] {
  const channel = method.submissionMethod ?? '?';
  if (typeof method.processingTime === 'string') {
    const parsed = timeFromText(method.processingTime);
    if (parsed) {
      notes.push(`Time limit of channel ${channel} read from the words "${method.processingTime}"`);
      return parsed;
    }
    notes.push(`Time limit of channel ${channel} could not be read ("${method.processingTime}")`);
    return { value: 0, unit: 'working_days', text: method.processingTime || 'Chưa có dữ liệu' };
  }
  const value = Math.max(0, method.processingTime ?? 0);
  const units: Record<string, TimeUnit> = { WORKING_DAY: 'working_days', DAY: 'days', HOUR: 'working_hours' };
  const unit = units[method.processingTimeUnit ?? ''];
  if (unit) return { value, unit };
  if (method.processingTimeUnit === 'MONTH') return { value: value * 30, unit: 'days', text: `${value} tháng` };
  notes.push(`Time unit "${method.processingTimeUnit ?? '?'}" of channel ${channel} read as working days`);
  return { value, unit: 'working_days', ...(method.description ? { text: method.description } : {}) };
}

function feeOf(method: NationalMethod): ChannelRule['fee'] {
  const fees = method.fees ?? [];
  const vnd = fees.filter((f) => !f.currencyName || /Việt Nam Đồng|VND/i.test(f.currencyName));
  const amount = Math.round(vnd[0]?.value ?? 0);
  const text = fees
    .map((f) => [f.description, f.value ? `${f.value} ${f.currencyName ?? 'đồng'}` : ''].filter(Boolean).join(': '))
    .filter(Boolean)
    .join('; ');
  return { amount, text: text || (amount === 0 ? 'Không thu phí, lệ phí' : `${amount} đồng`) };
}

function slug(index: number, prefix: string): string {
  return `${prefix}-${index + 1}`;
}

function nonEmpty(list: (string | undefined)[]): string[] {
  return list.map((s) => (s ?? '').trim()).filter((s) => s.length > 0);
}

export function fromNationalRecord(record: NationalRecord): ProcedureDefinition {
  const notes: string[] = [];
  const channels = (record.executionMethods ?? [])
    .filter((m) => channelOf[m.submissionMethod ?? ''])
    .map((m): ChannelRule => ({
      channel: channelOf[m.submissionMethod ?? ''] ?? 'counter',
      processingTime: timeOf(m, notes),
      fee: feeOf(m),
    }));
  const headline = channels.find((c) => c.channel === 'counter') ?? channels[0];
  const cases = (record.executionCases ?? []).map((c, i) => ({
    key: slug(i, 'case'),
    name: (c.name ?? '').trim() || 'Hồ sơ',
    documents: (c.profileComponents ?? []).map((p, j) => ({
      key: slug(j, 'doc'),
      name: (p.name ?? '').trim() || `Giấy tờ ${j + 1}`,
      originals: Math.max(0, p.originalQty ?? 0),
      copies: Math.max(0, p.copyQty ?? 0),
      required: p.required ?? false,
    })),
  }));
  if (channels.length === 0) notes.push('No channel with a time limit in the source record');
  const authority = nonEmpty(
    [...(record.unitGroupsExecuting ?? []), ...(record.departmentsExecuting ?? [])].map((u) => u.name),
  );
  return {
    code: record.code.trim(),
    name: record.name.trim(),
    field: { ...(record.category?.code ? { code: record.category.code } : {}), name: record.category?.name ?? 'Khác' },
    level: record.isProvince && !record.isWard ? 'province' : 'commune',
    ...(record.procedureProposal?.proposalNumber ? { decisionNo: record.procedureProposal.proposalNumber } : {}),
    authority: authority.join('; ') || 'Chưa xác định',
    unitEids: [],
    subjects: nonEmpty((record.subjectTypesDetails ?? []).map((s) => s.name)),
    steps: nonEmpty((record.executionSteps ?? []).map((s) => s.description ?? s.name)),
    processingTime: headline?.processingTime ?? { value: 0, unit: 'working_days', text: 'Chưa có dữ liệu' },
    fee: headline?.fee ?? { amount: 0, text: 'Chưa có dữ liệu' },
    channels:
      channels.length > 0
        ? channels
        : [
            {
              channel: 'counter',
              processingTime: { value: 0, unit: 'working_days', text: 'Chưa có dữ liệu' },
              fee: { amount: 0, text: 'Chưa có dữ liệu' },
            },
          ],
    onlineLevel: record.isFullProcess ? 'full' : 'partial',
    cases: cases.length > 0 ? cases : [{ key: 'case-1', name: 'Hồ sơ', documents: [] }],
    conditions: nonEmpty([record.requirementsAndConditions]),
    legalBasis: (record.legalBasisesDetails ?? []).map((l) => ({ code: l.code ?? '', name: l.name ?? '' })),
    results: (record.resultsDetails ?? []).map((r) => ({ ...(r.code ? { code: r.code } : {}), name: r.name ?? '' })),
    keywords: nonEmpty((record.keywords ?? '').split(/[,;]/)),
    uncertainties: notes,
    source: 'CSDL quốc gia về TTHC',
  };
}
