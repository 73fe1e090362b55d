import type { InjectOptions } from 'fastify';
import { DEMO_ZALO_APP } from '../../src/demo/seed-demo.ts';
import type { Caller, Province } from './kit.ts';

/**
 * Who may call a route:
 * - `public`: anyone (run as nobody);
 * - `key`: anyone holding the dossier's lookup key (`forged` is the same request with a wrong key);
 * - `signed`: a request signed by the channel or the province (`forged` is badly signed);
 * - `citizen`: a citizen signed in on the web;
 * - `officer`: any officer of the province;
 * - `chat`: officers who answer citizens (intake, processing, leaders of any unit), not admins;
 * - `unit`: an officer holding a role on the dossier's (or the asked-for) unit — here the intake
 *   officer of the commune centre the fixtures' dossiers are filed at;
 * - `admin`: the province's admin;
 * - `integrator`: a system holding an API key of the province with the route's `scope`.
 */
export type Access = 'public' | 'key' | 'signed' | 'citizen' | 'officer' | 'chat' | 'unit' | 'admin' | 'integrator';

export type Scope = 'applications:read' | 'applications:export' | 'webhooks:manage';

/** What the fixtures hold when the matrix runs. */
export interface Fixtures {
  province: Province;
  /** Filed at the intake officer's unit, still awaiting intake: the workflow action accepts it. */
  submitted: { code: string; key: string; uploadId: string };
  /** Accepted at the intake officer's unit: it has a receipt and a QR. */
  accepted: { code: string; key: string };
  /** Filed like `submitted`; the public key routes use it (the citizen withdraws it last). */
  keyed: { code: string; key: string; uploadId: string };
  /** A fresh upload for each filing (an upload belongs to one dossier). */
  nextUpload: () => string;
  /** A photo uploaded through the public route, with the uploader's token. */
  upload: { id: string; token: string };
  chatId: string;
  broadcastId: string;
  /** An officer no caller signs in as: the admin edits them. */
  editableOfficerId: string;
  qrToken: string;
  unique: () => string;
  /** API keys (`Authorization: Bearer`): every scope, one scope each, and one of the other province. */
  apiKeys: Record<Scope | 'all' | 'elsewhere', string>;
  /** A key the admin revokes, and webhook endpoints registered by the admin and by an integrator. */
  revocableKeyId: string;
  webhookId: string;
  integratorWebhookId: string;
}

export interface RouteSpec {
  /** `METHOD url` exactly as Fastify registered the route. */
  route: string;
  access: Access;
  /** The status the allowed callers get. */
  ok: number;
  request: (f: Fixtures) => InjectOptions;
  /** For `key` and `signed` routes: the request with a wrong key or signature. */
  forged?: (f: Fixtures) => InjectOptions;
  /** The status a forged request gets (404 for keys, 401 for signatures unless set). */
  forgedStatus?: number;
  /** Statuses that differ from the access class's defaults. */
  expect?: Partial<Record<Caller, number>>;
  /** The allowed call ends its own session: make it with a fresh one. */
  endsSession?: boolean;
  /** For `integrator` routes: the scope the key needs. */
  scope?: Scope;
}

export const T = '/api/v1/tay-ninh';
export const WRONG_KEY = 'WRONGKEY22';

export function get(url: string): InjectOptions {
  return { method: 'GET', url };
}

export function send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown): InjectOptions {
  return payload === undefined ? { method, url } : { method, url, payload: payload as Record<string, unknown> };
}

export const unitOf = (f: Fixtures, eid: string): string => f.province.unitIds[eid] ?? '';

export function keyed(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: unknown) {
  const build = (key: string) => (f: Fixtures) => {
    const url = `${T}/applications/${f.keyed.code}${path}?key=${key}`;
    return method === 'GET' ? get(url) : send(method, url, payload);
  };
  return { request: (f: Fixtures) => build(f.keyed.key)(f), forged: build(WRONG_KEY) };
}

export function chatEvent(f: Fixtures): Record<string, unknown> {
  return {
    app_id: DEMO_ZALO_APP.appId,
    sender: { id: `matrix-${f.unique()}` },
    recipient: { id: DEMO_ZALO_APP.oaId },
    event_name: 'user_send_text',
    message: { text: 'xin chào', msg_id: `m-${f.unique()}` },
    timestamp: String(Date.now()),
  };
}
