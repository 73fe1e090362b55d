/**
 * The four flows of the soak benchmark's mix, and the state that links them: a dossier a citizen
 * files joins the officers' queue and the look-ups; an officer's action that went through queues
 * the dossier's next one.
 *
 * - filing: one photo (`POST /uploads`, declared for the birth-certificate slot), then the dossier;
 * - transition: accept → start_processing → submit_for_approval → approve → complete (`complete`
 *   needs an approved dossier), on dossiers filed during the run first, else on the backlog;
 * - lookup: by code and key from many client addresses (the route allows 30 per client a minute),
 *   one in 20 with a mistyped key: 404 `APPLICATION.NOT_FOUND` is then the right answer;
 * - webhook: a signed Zalo OA `user_send_text` event, one in 50 a resend of an acknowledged one:
 *   401 `CHANNEL.WEBHOOK_REPLAY` is then the right answer.
 */
import { zaloSignature } from '../apps/server/src/modules/channels/index.ts';

export type Flow = 'filing' | 'transition' | 'lookup' | 'webhook';
export type Kind = 'upload' | Flow;

export interface FlowData {
  tenant: string;
  /** Makes idempotency keys and message ids unique to this run. */
  runId: string;
  photo: { body: Uint8Array; contentType: string };
  filing: { procedureCode: string; caseKey: string; documentKey: string; unitEid: string; form: unknown };
  officer: { cookie: string; csrf: string };
  zalo: { appId: string; oaId: string; oaSecretKey: string; senders: readonly string[] };
  /** Dossiers filed before the run (status submitted) for the officers when none filed during it waits. */
  backlog: readonly string[];
  /** Codes and keys the look-ups start with (those filed during the run join them). */
  known: readonly { code: string; key: string }[];
}

export interface Request {
  kind: Kind;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** The problem code that is the right answer (else only a 2xx is). */
  expect?: string;
}

/** Sends one request; resolves with the body of a 2xx answer, else undefined. */
export type Send = (request: Request) => Promise<string | undefined>;

const ACTIONS = ['accept', 'start_processing', 'submit_for_approval', 'approve', 'complete'] as const;
const CLIENT_ADDRESSES = 10_000;
const TEXTS = [
  'Cho tôi hỏi thủ tục đăng ký khai sinh cần giấy tờ gì?',
  'Tra cứu hồ sơ',
  'Làm lại căn cước thì nộp ở đâu?',
  'Đăng ký kết hôn mất bao lâu?',
  'Xin chào',
];
const APPLICANT = { fullName: 'Nguyễn Thị Lan', phone: '0912345678', address: 'Phường Tân Ninh, tỉnh Tây Ninh' };
const JSON_TYPE = { 'content-type': 'application/json' };

/** The flows over `data`; `run` resolves with `starved` when an officer found no dossier to act on. */
export function createFlows(data: FlowData) {
  const api = `/api/v1/${data.tenant}`;
  const photo = new Uint8Array(data.photo.body);
  const waiting: { code: string; next: number }[] = [];
  const backlog = [...data.backlog];
  const known = [...data.known];
  let lastEvent: { body: string; signature: string } | undefined;

  async function filing(send: Send, n: number): Promise<void> {
    const { procedureCode, caseKey, documentKey, unitEid, form } = data.filing;
    const upload = await send({
      kind: 'upload',
      method: 'POST',
      path: `${api}/uploads?procedure=${procedureCode}&document=${documentKey}`,
      headers: { 'content-type': data.photo.contentType },
      body: photo,
    });
    if (upload === undefined) return;
    const { id } = JSON.parse(upload) as { id: string };
    const filed = await send({
      kind: 'filing',
      method: 'POST',
      path: `${api}/applications`,
      headers: { ...JSON_TYPE, 'idempotency-key': `soak-${data.runId}-filing-${String(n)}` },
      body: JSON.stringify({
        procedureCode,
        caseKey,
        unitEid,
        applicant: APPLICANT,
        form,
        attachments: [{ documentKey, uploadId: id }],
      }),
    });
    if (filed === undefined) return;
    const { code, lookupKey } = JSON.parse(filed) as { code: string; lookupKey: string };
    known.push({ code, key: lookupKey });
    waiting.push({ code, next: 0 });
  }

  async function transition(send: Send): Promise<'starved' | undefined> {
    const next = waiting.shift();
    const code = next?.code ?? backlog.pop();
    if (code === undefined) return 'starved';
    const step = next?.next ?? 0;
    const action = ACTIONS[step] ?? 'complete';
    const answer = await send({
      kind: 'transition',
      method: 'POST',
      path: `${api}/console/applications/${code}/actions/${action}`,
      headers: {
        ...JSON_TYPE,
        cookie: data.officer.cookie,
        'x-csrf-token': data.officer.csrf,
        'idempotency-key': `soak-${data.runId}-${code}-${action}`,
      },
      body: '{}',
    });
    if (answer !== undefined && step + 1 < ACTIONS.length) waiting.push({ code, next: step + 1 });
    return undefined;
  }

  async function lookup(send: Send, n: number): Promise<void> {
    const dossier = known[(n * 7919) % known.length];
    if (!dossier) return;
    const mistyped = n % 20 === 19;
    const key = mistyped ? `${dossier.key.slice(0, -1)}${dossier.key.endsWith('0') ? '1' : '0'}` : dossier.key;
    const k = n % CLIENT_ADDRESSES;
    await send({
      kind: 'lookup',
      method: 'GET',
      path: `${api}/applications/${dossier.code}?key=${key}`,
      headers: { 'x-forwarded-for': `10.${String((k >> 16) & 255)}.${String((k >> 8) & 255)}.${String(k & 255)}` },
      ...(mistyped ? { expect: 'APPLICATION.NOT_FOUND' } : {}),
    });
  }

  async function webhook(send: Send, n: number): Promise<void> {
    const path = `${api}/channels/zalo/webhook`;
    if (n % 50 === 49 && lastEvent) {
      const { body, signature } = lastEvent;
      const headers = { ...JSON_TYPE, 'x-zevent-signature': signature };
      await send({ kind: 'webhook', method: 'POST', path, headers, body, expect: 'CHANNEL.WEBHOOK_REPLAY' });
      return;
    }
    const { appId, oaId, oaSecretKey, senders } = data.zalo;
    // Signed as it is sent: the route refuses events older than its window.
    const timestamp = String(Date.now());
    const sender = senders[n % senders.length] ?? '';
    const body = JSON.stringify({
      app_id: appId,
      sender: { id: sender },
      user_id_by_app: sender,
      recipient: { id: oaId },
      event_name: 'user_send_text',
      message: { text: TEXTS[n % TEXTS.length], msg_id: `soak${data.runId}${n.toString(16).padStart(10, '0')}` },
      timestamp,
    });
    const signature = zaloSignature(appId, body, timestamp, oaSecretKey);
    const headers = { ...JSON_TYPE, 'x-zevent-signature': signature };
    if ((await send({ kind: 'webhook', method: 'POST', path, headers, body })) !== undefined)
      lastEvent = { body, signature };
  }

  return {
    /** Runs arrival `n` of `flow`. */
    async run(flow: Flow, n: number, send: Send): Promise<'starved' | undefined> {
      switch (flow) {
        case 'filing':
          await filing(send, n);
          return undefined;
        case 'transition':
          return transition(send);
        case 'lookup':
          await lookup(send, n);
          return undefined;
        case 'webhook':
          await webhook(send, n);
          return undefined;
      }
    },
  };
}
