/**
 * The life of a synthetic dossier of the scale run: its fate (returned, refused, stopped, stuck in
 * processing and so overdue, waiting for a supplement) and its dates follow from hashes of its
 * number, and its status is wherever that timeline stands at `now`. Each province draws with its
 * own keys, so the three provinces differ.
 */

export const SECOND = 1000;
const HOUR = 3_600_000;
export const DAY = 86_400_000;
const TWO_32 = 4_294_967_296;

export type Status =
  | 'submitted'
  | 'accepted'
  | 'refused'
  | 'processing'
  | 'supplement_requested'
  | 'stopped'
  | 'result_ready'
  | 'returned';

/** What the draws need: the province's keys, its working days and the load's `now`. */
export interface Draws {
  /** Per-salt keys: salt `s` of dossier `j` is `mix(mix(j) ^ keys[s])`. */
  keys: Uint32Array;
  /** Midnight UTC of each working day. */
  days: readonly { ms: number }[];
  now: number;
}

/** Keys for a province's draws, from its seed. */
export function drawKeys(seed: number): Uint32Array {
  const keys = new Uint32Array(64);
  for (let s = 0; s < keys.length; s += 1) keys[s] = mix(mix(seed * 4099 + s) + 0x9e3779b9);
  return keys;
}

/** A 32-bit integer hash with low bias (Chris Wellons' "lowbias32"). */
export function mix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Draw `salt` of the dossier hashed to `h`: 32 bits. */
export function bits(p: Draws, h: number, salt: number): number {
  return mix(h ^ (p.keys[salt] ?? 0));
}

/** Draw `salt` of the dossier hashed to `h`: a uniform number in [0, 1). */
export function draw(p: Draws, h: number, salt: number): number {
  return bits(p, h, salt) / TWO_32;
}

/** The dossier's planned timeline (milliseconds) and where it stands at `now`. */
export interface Timeline {
  h: number;
  channel: 'counter' | 'online' | 'zalo' | 'postal';
  fate: 'refused' | 'stopped' | 'stuck' | 'waiting' | 'normal';
  supp: boolean;
  wait: number;
  sub: number;
  recv: number;
  start: number;
  pause: number;
  resume: number;
  end: number;
  refuse: number;
  ret: number;
  reschedAt: number;
  received: number | null;
  status: Status;
  resumed: boolean;
  due: number | null;
  rescheduled: boolean;
  /** The random bits of the dossier's id. */
  idA: number;
  idB: number;
  idC: number;
}

/**
 * The life of dossier `j` (hashed to `h`) of a procedure whose time limit is `limit` milliseconds:
 * filed on working day `j mod D`, its channel, fate and dates drawn from hashes of `j`.
 */
export function timeline(p: Draws, j: number, h: number, limit: number): Timeline {
  const day = p.days[j % p.days.length]?.ms ?? 0;
  const rc = draw(p, h, 2);
  const rk = draw(p, h, 5);
  const channel = rc < 0.45 ? 'counter' : rc < 0.8 ? 'online' : rc < 0.95 ? 'zalo' : 'postal';
  const fate = rk < 0.015 ? 'refused' : rk < 0.02 ? 'stopped' : rk < 0.03 ? 'stuck' : rk < 0.035 ? 'waiting' : 'normal';
  const supp = draw(p, h, 6) < 0.12;
  const wait = DAY * (1 + draw(p, h, 7) * 4);
  // Filed between 07:30 and 17:00 Vietnam time (UTC+7).
  const sub = day + (27_000 + draw(p, h, 3) * 34_200) * SECOND - 7 * HOUR;
  const recv = channel === 'counter' ? sub + 4 * 60 * SECOND : sub + (1800 + draw(p, h, 4) * 72_000) * SECOND;
  const rf = draw(p, h, 9);
  const f = supp && fate === 'normal' ? Math.max(0.2 + rf * 0.95, 0.45) : 0.2 + rf * 0.95;
  const start = recv + 0.1 * limit;
  const pause = recv + 0.3 * limit;
  const resume = pause + wait;
  const due0 = recv + limit;
  const end = fate === 'stopped' ? recv + 0.5 * limit : recv + f * limit + (supp ? wait : 0);
  const refuse = sub + 12 * HOUR;
  const resched =
    (fate === 'normal' || fate === 'stuck') && !supp && (f > 0.95 || fate === 'stuck') && draw(p, h, 8) < 0.4;
  const now = p.now;
  const ret = end + DAY * (0.3 + draw(p, h, 10) * 6);
  let status: Status;
  if (fate === 'refused') status = refuse <= now ? 'refused' : 'submitted';
  else if (recv > now) status = 'submitted';
  else if (fate === 'stopped' && end <= now) status = 'stopped';
  else if (fate === 'waiting' && pause <= now) status = 'supplement_requested';
  else if (fate === 'normal' && supp && pause <= now && now < resume) status = 'supplement_requested';
  else if (fate === 'normal' && end <= now) status = ret <= now ? 'returned' : 'result_ready';
  else status = start <= now ? 'processing' : 'accepted';
  const received = fate === 'refused' || recv > now ? null : recv;
  const resumed = fate === 'normal' && supp && resume <= now;
  const reschedAt = start + (due0 + (supp && fate === 'normal' ? wait : 0) - start) * 0.8;
  return {
    h,
    channel,
    fate,
    supp,
    wait,
    sub,
    recv,
    start,
    pause,
    resume,
    end,
    refuse,
    ret,
    reschedAt,
    received,
    status,
    resumed,
    due: received === null ? null : resumed ? due0 + wait : due0,
    rescheduled:
      resched &&
      received !== null &&
      reschedAt <= now &&
      ((status !== 'result_ready' && status !== 'returned') || reschedAt < end),
    idA: bits(p, h, 30),
    idB: bits(p, h, 31),
    idC: bits(p, h, 32),
  };
}
