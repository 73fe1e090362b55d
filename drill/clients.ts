/**
 * Clients that behave like real ones: a citizen's app filing a dossier, an officer's console
 * applying an action. Each write carries an Idempotency-Key; a connection error or a 503 is retried
 * with the same key and body (after `Retry-After` when given), so a crash or an outage costs time,
 * never a lost or doubled write.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { DRILL_UNITS } from './province.ts';

/** What the clients saw, for the verdicts. */
export interface Tally {
  /** Answers the drill wanted (201, 200, or the 409 of a lost race). */
  answered: number;
  /** 503 answers, and how many of them were problem+json `SERVICE.UNAVAILABLE` with `Retry-After`. */
  unavailable: number;
  unavailableWellFormed: number;
  /** Requests that met a refused or reset connection (the process was down). */
  connectionErrors: number;
  /** Other answers by status (a 500 here is a failure of the drill). */
  unexpected: Record<string, number>;
  /** The first few unexpected answers' problem codes and request ids, to find them in the logs. */
  samples: string[];
}

export function newTally(): Tally {
  return { answered: 0, unavailable: 0, unavailableWellFormed: 0, connectionErrors: 0, unexpected: {}, samples: [] };
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  attempts: number;
}

export interface RetryOptions {
  /** Gives up (throws) after this long. */
  deadlineMs: number;
  /** Statuses that end the retries (the rest of 5xx and connection errors are retried). */
  final: (status: number) => boolean;
}

function backoff(attempt: number): number {
  return Math.min(1000, 100 * 2 ** Math.min(attempt, 4));
}

/**
 * Sends one write until it gets a final answer, to `base()` (asked again on every try, so clients
 * of several API processes move to another one when theirs is down).
 */
export async function sendUntilAnswered(
  base: () => string,
  path: string,
  init: { headers: Record<string, string>; body: string },
  tally: Tally,
  options: RetryOptions,
): Promise<Answer> {
  const deadline = Date.now() + options.deadlineMs;
  for (let attempt = 1; ; attempt += 1) {
    if (Date.now() > deadline) throw new Error(`${path}: no answer within ${options.deadlineMs / 1000} s`);
    let response: Response;
    try {
      response = await fetch(`${base()}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.body,
        signal: AbortSignal.timeout(20_000),
      });
    } catch {
      tally.connectionErrors += 1;
      await sleep(backoff(attempt));
      continue;
    }
    const text = await response.text();
    const body = (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (options.final(response.status)) {
      tally.answered += 1;
      return { status: response.status, body, attempts: attempt };
    }
    if (response.status === 503) {
      tally.unavailable += 1;
      const retryAfter = Number(response.headers.get('retry-after'));
      const problem = (response.headers.get('content-type') ?? '').startsWith('application/problem+json');
      if (retryAfter > 0 && problem && body['code'] === 'SERVICE.UNAVAILABLE') tally.unavailableWellFormed += 1;
      await sleep(retryAfter > 0 ? retryAfter * 1000 : backoff(attempt));
      continue;
    }
    tally.unexpected[String(response.status)] = (tally.unexpected[String(response.status)] ?? 0) + 1;
    if (tally.samples.length < 3) {
      tally.samples.push(`${response.status} ${String(body['code'])} request ${String(body['requestId'])} (${path})`);
    }
    if (response.status >= 500) {
      await sleep(backoff(attempt));
      continue;
    }
    return { status: response.status, body, attempts: attempt };
  }
}

const form = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[] | undefined)?.[0] ?? {};

/** A khai sinh filing as the citizen app sends it: filing `n` of the drill, at one of two communes. */
export function filingBody(n: number, uploadId: string): string {
  return JSON.stringify({
    procedureCode: khaiSinh.code,
    caseKey: 'thong-thuong',
    unitEid: DRILL_UNITS[n % DRILL_UNITS.length],
    applicant: { fullName: 'Nguyễn Thị Diễn Tập', phone: `09${String(n % 100_000_000).padStart(8, '0')}` },
    form,
    attachments: [{ documentKey: 'giay-chung-sinh', uploadId }],
  });
}

export interface Filed {
  key: string;
  code: string;
  attempts: number;
}

/**
 * Files `uploads.length` dossiers through `POST /applications` with `clients` concurrent clients;
 * `onFiled` sees each acknowledged filing (the drill kills a process in the middle).
 */
export async function fileDossiers(input: {
  base: (n: number) => string;
  slug: string;
  uploads: readonly string[];
  clients: number;
  keyPrefix: string;
  tally: Tally;
  deadlineMs: number;
  onFiled?: (filed: Filed, count: number) => void | Promise<void>;
}): Promise<Filed[]> {
  const filed: Filed[] = [];
  let next = 0;
  const client = async (): Promise<void> => {
    for (let n = next++; n < input.uploads.length; n = next++) {
      const key = `${input.keyPrefix}-${String(n).padStart(6, '0')}`;
      const answer = await sendUntilAnswered(
        () => input.base(n),
        `/api/v1/${input.slug}/applications`,
        { headers: { 'idempotency-key': key }, body: filingBody(n, input.uploads[n] ?? '') },
        input.tally,
        { deadlineMs: input.deadlineMs, final: (status) => status === 201 },
      );
      if (answer.status !== 201)
        throw new Error(`filing ${key} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      const done = { key, code: String(answer.body['code']), attempts: answer.attempts };
      filed.push(done);
      await input.onFiled?.(done, filed.length);
    }
  };
  await Promise.all(Array.from({ length: input.clients }, client));
  return filed;
}

/** An officer's console session: the cookie and the CSRF token every write carries. */
export interface Session {
  headers: Record<string, string>;
}

export async function signIn(base: string, slug: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/${slug}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: HTTP ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}

export interface Transition {
  code: string;
  action: string;
  key: string;
  status: number;
  errorCode?: string;
}

/** One workflow action through the console API, retried like any write. */
export async function act(
  base: () => string,
  session: Session,
  input: { slug: string; code: string; action: string; key: string; tally: Tally; deadlineMs: number },
): Promise<Transition> {
  const answer = await sendUntilAnswered(
    base,
    `/api/v1/${input.slug}/console/applications/${encodeURIComponent(input.code)}/actions/${input.action}`,
    { headers: { ...session.headers, 'idempotency-key': input.key }, body: '{}' },
    input.tally,
    { deadlineMs: input.deadlineMs, final: (status) => status === 200 || status === 409 },
  );
  const errorCode = typeof answer.body['code'] === 'string' && answer.status !== 200 ? answer.body['code'] : undefined;
  return {
    code: input.code,
    action: input.action,
    key: input.key,
    status: answer.status,
    ...(errorCode ? { errorCode } : {}),
  };
}
