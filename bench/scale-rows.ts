/**
 * One synthetic dossier of the scale run, with its events and its rating, as binary COPY rows
 * (`scale-copy.ts`): its life is drawn in `scale-timeline.ts`, and this file writes it the way the
 * application would have stored it, at a receiving unit of a procedure drawn by popularity (the
 * plan's weighted slots), with exactly the events of the steps taken so far.
 */
import { bytesOf, fieldsOf, jsonbOf, uuidBytes, type CopyRows } from './scale-copy.ts';
import {
  DAY,
  SECOND,
  bits,
  draw,
  drawKeys,
  mix,
  timeline,
  type Draws,
  type Status,
  type Timeline,
} from './scale-timeline.ts';

/**
 * The columns each COPY fills, in the order the rows are written. An event's `payload` is left to
 * its default (`{}`, what the SQL generator wrote): no JSON to parse per event.
 */
export const DOSSIER_COLUMNS = [
  'tenant_id',
  'id',
  'code',
  'lookup_key',
  'procedure_version_id',
  'procedure_code',
  'case_key',
  'channel',
  'unit_id',
  'current_unit_id',
  'status',
  'sub_status',
  'applicant_name',
  'applicant_phone',
  'applicant_address',
  'form',
  'submitted_at',
  'received_at',
  'due_at',
  'rescheduled_due_at',
  'reschedule_reason',
  'supplement_count',
  'paused_at',
  'paused_minutes',
  'supplement_request',
  'result_ready_at',
  'returned_at',
  'ended_at',
  'decision_reason',
  'revision',
  'created_at',
  'updated_at',
] as const;
export const EVENT_COLUMNS = [
  'tenant_id',
  'id',
  'application_id',
  'at',
  'actor_type',
  'role',
  'action',
  'from_status',
  'to_status',
  'from_unit_id',
  'to_unit_id',
  'reason',
] as const;
export const RATING_COLUMNS = ['tenant_id', 'application_id', 'rating', 'reason', 'channel', 'created_at'] as const;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Thu', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quân', 'Tâm'];
const NAMES = SURNAMES.flatMap((s) => MIDDLE.flatMap((m) => GIVEN.map((g) => bytesOf(`${s} ${m} ${g}`))));

const text = {
  counter: bytesOf('counter'),
  online: bytesOf('online'),
  zalo: bytesOf('zalo'),
  postal: bytesOf('postal'),
  citizen: bytesOf('citizen'),
  officer: bytesOf('officer'),
  intake: bytesOf('intake'),
  processor: bytesOf('processor'),
  leader: bytesOf('leader'),
  inReview: bytesOf('in_review'),
  rescheduled: bytesOf('Hồ sơ cần xác minh thêm tại địa phương'),
  refused: bytesOf('Hồ sơ không thuộc thẩm quyền giải quyết'),
  stopped: bytesOf('Công dân đề nghị dừng giải quyết'),
  blurred: bytesOf('Ảnh chụp giấy tờ bị mờ'),
  waited: bytesOf('Thời gian chờ lâu'),
  mobile: bytesOf('09'),
  supplementRequest: jsonbOf({ items: ['Bản sao giấy tờ tùy thân'], note: 'Ảnh chụp bị mờ' }),
  veryGood: bytesOf('very_satisfied'),
  good: bytesOf('satisfied'),
  bad: bytesOf('unsatisfied'),
};

const STATUS: Readonly<Record<Status, Buffer>> = {
  submitted: bytesOf('submitted'),
  accepted: bytesOf('accepted'),
  refused: bytesOf('refused'),
  processing: bytesOf('processing'),
  supplement_requested: bytesOf('supplement_requested'),
  stopped: bytesOf('stopped'),
  result_ready: bytesOf('result_ready'),
  returned: bytesOf('returned'),
};
/** A dossier's status and sub-status fields. */
const STATUS_FIELDS: Readonly<Record<Status, Buffer>> = Object.fromEntries(
  Object.entries(STATUS).map(([k, v]) => [k, fieldsOf([v, k === 'processing' ? text.inReview : null])]),
) as Record<Status, Buffer>;

interface Step {
  /** actor_type, role, action, from_status, to_status. */
  who: Buffer;
  /** reason. */
  why: Buffer;
  first: boolean;
}

function step(action: string, role: Buffer | null, from: Status | null, to: Status, reason: Buffer | null): Step {
  return {
    who: fieldsOf([text.officer, role, bytesOf(action), from && STATUS[from], STATUS[to]]),
    why: fieldsOf([reason]),
    first: from === null,
  };
}

/** The lifecycle's steps, in the order they happen; a filing at the counter is the intake officer's. */
const STEPS = [
  {
    ...step('submit', null, null, 'submitted', null),
    who: fieldsOf([text.citizen, null, bytesOf('submit'), null, STATUS.submitted]),
  },
  step('refuse', text.intake, 'submitted', 'refused', text.refused),
  step('accept', text.intake, 'submitted', 'accepted', null),
  step('start_processing', text.processor, 'accepted', 'processing', null),
  step('assign', text.leader, 'processing', 'processing', null),
  step('request_supplement', text.processor, 'processing', 'supplement_requested', text.blurred),
  step('receive_supplement', text.intake, 'supplement_requested', 'processing', null),
  step('reschedule', text.leader, 'processing', 'processing', text.rescheduled),
  step('submit_for_approval', text.processor, 'processing', 'processing', null),
  step('approve', text.leader, 'processing', 'processing', null),
  step('complete', text.processor, 'processing', 'result_ready', null),
  step('return_result', text.intake, 'result_ready', 'returned', null),
  step('stop', text.leader, 'processing', 'stopped', text.stopped),
  step('submit', text.intake, null, 'submitted', null),
] as const;
/** Index of the counter filing in STEPS. */
const AT_COUNTER = 13;

/** What a province's rows repeat, encoded once. */
export interface ProvinceRows extends Draws {
  /** The tenant id as a field. */
  tenant: Buffer;
  slots: {
    /** procedure_version_id, procedure_code, case_key. */
    procedure: Buffer;
    /** unit_id, current_unit_id; and an event's from_unit_id, to_unit_id (the first has no from). */
    units: Buffer;
    firstMove: Buffer;
    unitEid: Buffer;
    /** The procedure's time limit, in milliseconds. */
    limit: number;
    form: Buffer;
  }[];
  /** Midnight UTC of each working day, and `-YYMMDD-` for the codes. */
  days: { ms: number; code: Buffer }[];
  addresses: Buffer[];
}

/** One weighted (procedure, receiving unit) slot of a province's dossiers. */
export interface ProvinceSlot {
  versionId: string;
  procedureCode: string;
  caseKey: string;
  unitId: string;
  unitEid: string;
  /** Calendar days the procedure's time limit spans, roughly. */
  days: number;
  form: number;
}

export interface ProvinceInput {
  tenantId: string;
  /** Seeds the hashes: each province draws differently. */
  seed: number;
  provinceName: string;
  slots: readonly ProvinceSlot[];
  forms: readonly unknown[];
  /** Working days as yyyy-MM-dd. */
  days: readonly string[];
  now: Date;
}

export function encodeProvince(input: ProvinceInput): ProvinceRows {
  const forms = input.forms.map((f) => jsonbOf(f));
  const keys = drawKeys(input.seed);
  return {
    tenant: fieldsOf([uuidBytes(input.tenantId)]),
    keys,
    slots: input.slots.map((s) => ({
      procedure: fieldsOf([uuidBytes(s.versionId), bytesOf(s.procedureCode), bytesOf(s.caseKey)]),
      units: fieldsOf([uuidBytes(s.unitId), uuidBytes(s.unitId)]),
      firstMove: fieldsOf([null, uuidBytes(s.unitId)]),
      unitEid: bytesOf(s.unitEid),
      limit: s.days * DAY,
      form: forms[s.form - 1] ?? jsonbOf({}),
    })),
    days: input.days.map((d) => ({
      ms: Date.parse(`${d}T00:00:00Z`),
      code: bytesOf(`-${d.slice(2).replace(/-/g, '')}-`),
    })),
    addresses: Array.from({ length: 30 }, (_, n) => bytesOf(`Khu phố ${String(n + 1)}, ${input.provinceName}`)),
    now: input.now.getTime(),
  };
}

export interface RowSinks {
  dossiers: CopyRows;
  events: CopyRows;
  ratings: CopyRows;
}

/**
 * Writes dossier `j` of the province with its events and its rating, if any. Returns how many
 * events it wrote.
 */
export function writeDossier(p: ProvinceRows, j: number, out: RowSinks): number {
  const h = mix(j);
  const slot = p.slots[Math.floor(draw(p, h, 1) * p.slots.length)];
  if (!slot) throw new Error('the province has no procedure to file');
  const t = timeline(p, j, h, slot.limit);
  writeApplication(p, j, slot, t, out.dossiers);
  const events = writeEvents(p, slot, t, out.events);
  const which = draw(p, h, 12);
  const rated = t.ret + which * 172_800 * SECOND;
  if (t.status !== 'returned' || draw(p, h, 11) >= 0.25 || rated > p.now) return events;
  const r = out.ratings;
  r.row(RATING_COLUMNS.length);
  r.fields(p.tenant);
  r.uuid7(t.sub, t.idA, t.idB, t.idC);
  r.bytes(which < 0.7 ? text.veryGood : which < 0.95 ? text.good : text.bad);
  r.maybe(which >= 0.95 ? text.waited : null);
  r.bytes(text.zalo);
  r.timestamp(rated);
  return events;
}

function writeApplication(
  p: ProvinceRows,
  j: number,
  slot: ProvinceRows['slots'][number],
  t: Timeline,
  r: CopyRows,
): void {
  const h = t.h;
  const name =
    NAMES[
      Math.floor(draw(p, h, 20) * SURNAMES.length) * MIDDLE.length * GIVEN.length +
        Math.floor(draw(p, h, 21) * MIDDLE.length) * GIVEN.length +
        Math.floor(draw(p, h, 22) * GIVEN.length)
    ] ?? text.citizen;
  const s = t.status;
  const done = s === 'result_ready' || s === 'returned';
  r.row(DOSSIER_COLUMNS.length);
  r.fields(p.tenant);
  r.uuid7(t.sub, t.idA, t.idB, t.idC);
  r.open();
  r.put(slot.unitEid);
  r.put(p.days[j % p.days.length]?.code ?? text.citizen);
  r.putDigits(Math.floor(j / p.days.length) + 1, 4);
  r.close();
  r.hex(bits(p, h, 33) & 0xff, bits(p, h, 34), 10);
  r.fields(slot.procedure);
  r.bytes(text[t.channel]);
  r.fields(slot.units);
  r.fields(STATUS_FIELDS[s]);
  r.bytes(name);
  r.open();
  r.put(text.mobile);
  r.putDigits(bits(p, h, 23) & 0xffffff, 8);
  r.close();
  r.maybe(p.addresses[j % 30] ?? null);
  r.bytes(slot.form);
  r.timestamp(t.sub);
  r.maybeTimestamp(t.received);
  r.maybeTimestamp(t.due);
  r.maybeTimestamp(t.rescheduled && t.due !== null ? t.due + 5 * DAY : null);
  r.maybe(t.rescheduled ? text.rescheduled : null);
  r.int4(s === 'supplement_requested' || t.resumed ? 1 : 0);
  r.maybeTimestamp(s === 'supplement_requested' ? t.pause : null);
  r.int4(t.resumed ? Math.round(t.wait / 60_000) : 0);
  r.maybe(s === 'supplement_requested' ? text.supplementRequest : null);
  r.maybeTimestamp(done ? t.end : null);
  r.maybeTimestamp(s === 'returned' ? t.ret : null);
  r.maybeTimestamp(done || s === 'stopped' ? t.end : s === 'refused' ? t.refuse : null);
  r.maybe(s === 'refused' ? text.refused : s === 'stopped' ? text.stopped : null);
  r.int4(1);
  r.timestamp(t.sub);
  r.timestamp(p.now);
}

function event(
  p: ProvinceRows,
  r: CopyRows,
  slot: ProvinceRows['slots'][number],
  t: Timeline,
  n: number,
  at: number,
): void {
  const found = STEPS[n === 0 && t.channel === 'counter' ? AT_COUNTER : n];
  if (!found) throw new Error(`no step ${String(n)}`);
  const a = bits(p, t.h, 40 + n);
  r.row(EVENT_COLUMNS.length);
  r.fields(p.tenant);
  r.uuid7(at, a, mix(a ^ 0x2545f491), mix(a ^ 0x68e31da4));
  r.uuid7(t.sub, t.idA, t.idB, t.idC);
  r.timestamp(at);
  r.fields(found.who);
  r.fields(found.first ? slot.firstMove : slot.units);
  r.fields(found.why);
}

/** The steps of the lifecycle taken so far, in order: who, from → to, when and why. */
function writeEvents(p: ProvinceRows, slot: ProvinceRows['slots'][number], t: Timeline, r: CopyRows): number {
  const s = t.status;
  const seen = t.received !== null;
  const done = s === 'result_ready' || s === 'returned';
  const assignAt = t.start + 30 * 60 * SECOND;
  const approval = done && draw(p, t.h, 13) < 0.6 && !t.supp;
  const before = r.rows;
  event(p, r, slot, t, 0, t.sub);
  if (s === 'refused') event(p, r, slot, t, 1, t.refuse);
  if (seen) event(p, r, slot, t, 2, t.recv);
  if (seen && s !== 'accepted') event(p, r, slot, t, 3, t.start);
  if (
    seen &&
    s !== 'accepted' &&
    draw(p, t.h, 14) < 0.5 &&
    !t.supp &&
    !t.rescheduled &&
    assignAt <= Math.min(p.now, t.end) &&
    (t.fate !== 'waiting' || assignAt < t.pause)
  )
    event(p, r, slot, t, 4, assignAt);
  if (s === 'supplement_requested' || t.resumed) event(p, r, slot, t, 5, t.pause);
  if (t.resumed) event(p, r, slot, t, 6, t.resume);
  if (t.rescheduled) event(p, r, slot, t, 7, t.reschedAt);
  if (approval) {
    event(p, r, slot, t, 8, t.end - (t.end - t.start) * 0.2);
    event(p, r, slot, t, 9, t.end - (t.end - t.start) * 0.1);
  }
  if (done) event(p, r, slot, t, 10, t.end);
  if (s === 'returned') event(p, r, slot, t, 11, t.ret);
  if (s === 'stopped') event(p, r, slot, t, 12, t.end);
  return r.rows - before;
}
