/**
 * A deterministic synthetic procedure catalogue the size of a province's (about 2,200 procedures),
 * for load tests and benchmarks. Names combine real fields, licences and actions; every record is a
 * valid `ProcedureDefinition` marked `source: 'synthetic'`.
 */
import type { Channel, ChannelRule, Level, OnlineLevel, ProcedureDefinition } from '@motcua/contracts';

import { LICENCE_ACTIONS, QUALIFIERS, type SyntheticField } from './catalog-vocabulary.ts';
import { CIVIL_FIELDS } from './fields-civil.ts';
import { ECONOMY_FIELDS } from './fields-economy.ts';

/** Options of {@link generateSyntheticCatalog}. */
export interface SyntheticCatalogOptions {
  /** Number of procedures, 2,212 by default. */
  count?: number;
  /** PRNG seed; the same seed always yields the same catalogue. */
  seed?: number;
}

/** The note every synthetic record carries in `uncertainties`. */
export const SYNTHETIC_NOTE = 'Synthetic record for load tests';

const FIELDS: readonly SyntheticField[] = [...CIVIL_FIELDS, ...ECONOMY_FIELDS];
const TIME_LIMITS: readonly number[] = [0, 1, 3, 5, 7, 10, 15, 20, 30];
const FEES: readonly number[] = [0, 0, 8_000, 20_000, 50_000, 100_000, 200_000, 500_000];
const ONLINE_LEVELS: readonly OnlineLevel[] = ['full', 'partial', 'info'];
const SUBJECTS: readonly string[] = ['Công dân Việt Nam', 'Người nước ngoài', 'Tổ chức', 'Doanh nghiệp', 'Hộ gia đình'];

/** A seeded 32-bit PRNG (mulberry32): fast, deterministic, good enough for test data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

interface NamePlan {
  readonly field: SyntheticField;
  readonly name: string;
  readonly level: Level;
  readonly result: string;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function levelFor(field: SyntheticField, qualifier: string): Level {
  if (qualifier.includes('cấp tỉnh')) return 'province';
  if (qualifier.includes('cấp xã')) return 'commune';
  return field.level;
}

function allNamePlans(): NamePlan[] {
  const plans: NamePlan[] = [];
  for (const field of FIELDS) {
    for (const qualifier of QUALIFIERS) {
      const level = levelFor(field, qualifier);
      for (const licence of field.licences) {
        for (const action of LICENCE_ACTIONS) {
          plans.push({ field, name: `${action} ${licence}${qualifier}`, level, result: capitalize(licence) });
        }
      }
      for (const activity of field.activities) {
        plans.push({ field, name: `${activity}${qualifier}`, level, result: 'Văn bản thông báo kết quả giải quyết' });
      }
    }
  }
  return plans;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) continue;
    items[i] = b;
    items[j] = a;
  }
  return items;
}

/**
 * A code in the national format `d.dddddd`. The first digit after the dot is 5–8, a range the
 * national catalogue does not use today, so synthetic codes never collide with real ones.
 */
function nextCode(random: () => number, used: Set<string>): string {
  for (;;) {
    const head = 1 + Math.floor(random() * 3);
    const body = 500_000 + Math.floor(random() * 400_000);
    const code = `${head}.${body}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function feeText(amount: number): string {
  return amount === 0 ? 'Không thu phí, lệ phí' : `Lệ phí: ${amount.toLocaleString('vi-VN')} đồng/hồ sơ`;
}

function channelRules(random: () => number, days: number, amount: number): ChannelRule[] {
  const channels: Channel[] = random() < 0.3 ? ['counter', 'online', 'postal'] : ['counter', 'online'];
  return channels.map((channel) => {
    const fee = channel === 'online' && amount > 0 ? Math.round(amount / 2) : amount;
    const rule: ChannelRule = {
      channel,
      processingTime: { value: days, unit: 'working_days' },
      fee: { amount: fee, text: feeText(fee) },
    };
    if (channel === 'online' && fee !== amount) rule.note = 'Giảm 50% lệ phí khi nộp trực tuyến';
    return rule;
  });
}

function toDefinition(plan: NamePlan, code: string, index: number, random: () => number): ProcedureDefinition {
  const days = pick(random, TIME_LIMITS);
  const amount = pick(random, FEES);
  return {
    code,
    name: plan.name,
    field: { code: plan.field.code, name: plan.field.name },
    level: plan.level,
    decisionNo: `${100 + (index % 900)}/QĐ-UBND`,
    authority: plan.level === 'province' ? plan.field.authority.province : plan.field.authority.commune,
    unitEids: [],
    subjects: [pick(random, SUBJECTS)],
    steps: [
      'Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công',
      'Cơ quan có thẩm quyền thẩm định hồ sơ và giải quyết',
      'Trả kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính, tài khoản định danh điện tử',
    ],
    processingTime: { value: days, unit: 'working_days' },
    fee: { amount, text: feeText(amount) },
    channels: channelRules(random, days, amount),
    onlineLevel: pick(random, ONLINE_LEVELS),
    cases: [
      {
        key: 'chung',
        name: 'Trường hợp chung',
        documents: [
          { key: 'don-de-nghi', name: 'Đơn đề nghị theo mẫu', originals: 1, copies: 0, required: true },
          {
            key: 'giay-to-chung-minh',
            name: 'Giấy tờ chứng minh liên quan',
            originals: 0,
            copies: 1,
            required: random() < 0.5,
          },
        ],
      },
    ],
    conditions: [],
    legalBasis: [{ code: plan.field.legalBasis.code, name: plan.field.legalBasis.name }],
    results: [{ name: plan.result }],
    keywords: [],
    uncertainties: [SYNTHETIC_NOTE],
    source: 'synthetic',
  };
}

/**
 * Generates `count` synthetic procedures (2,212 by default, the size of a province's catalogue).
 * Deterministic for a given seed: no `Math.random`, no clock. Names are unique while `count` stays
 * within the vocabulary's combinations (about 4,000); beyond that a running number is appended.
 */
export function generateSyntheticCatalog({
  count = 2212,
  seed = 1,
}: SyntheticCatalogOptions = {}): ProcedureDefinition[] {
  const random = createRandom(seed);
  const plans = shuffle(allNamePlans(), random);
  const used = new Set<string>();
  const catalogue: ProcedureDefinition[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = plans[i % plans.length];
    if (base === undefined) break;
    const round = Math.floor(i / plans.length);
    const plan = round === 0 ? base : { ...base, name: `${base.name} (${round + 1})` };
    catalogue.push(toDefinition(plan, nextCode(random, used), i, random));
  }
  return catalogue;
}
