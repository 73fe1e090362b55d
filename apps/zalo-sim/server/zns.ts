import type { FastifyInstance } from 'fastify';
import { failure, invalidField, success, ZnsCode, type ZaloEnvelope } from './envelope.ts';
import { accessTokenHeader } from './oa-tokens.ts';
import { eventContext, type SimState } from './sim-state.ts';
import { znsReceivedEvent } from './webhook-events.ts';
import { vietnamTime, type ZnsMessage, type ZnsTemplate } from './zns-store.ts';

interface ZnsBody {
  phone?: unknown;
  template_id?: unknown;
  template_data?: unknown;
  tracking_id?: unknown;
  mode?: unknown;
}

/** §8: `tracking_id` is the sender's own id, at most 48 characters. */
const maxTrackingId = 48;

/**
 * §8 (ZCLOUD `-108`): `84…`, `0…` and the form without the leading zero are accepted; all become
 * `84…` (Vietnamese mobile numbers: 9 digits after the country code).
 */
export function normalizePhone(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const digits = raw.trim().replace(/^\+/, '');
  if (!/^[0-9]+$/.test(digits)) return undefined;
  const national = digits.startsWith('84') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : digits;
  return /^[35789][0-9]{8}$/.test(national) ? `84${national}` : undefined;
}

/** A template and its data, as both the ZNS and the template-by-UID sends check them (§8). */
export function checkTemplate(
  state: SimState,
  templateId: unknown,
  data: unknown,
): { template: ZnsTemplate; data: Record<string, unknown> } | ZaloEnvelope<never> {
  const template = typeof templateId === 'string' ? state.zns.template(templateId) : undefined;
  if (!template) return failure(ZnsCode.templateInvalid, 'Template id is invalid');
  if (template.status !== 'ENABLE') return failure(ZnsCode.templateNotApproved, 'Template is not approved');
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    return failure(ZnsCode.templateDataEmpty, 'Template data is empty');
  }
  const given = data as Record<string, unknown>;
  // Zalo's code for a missing parameter is not in §8; the simulator reuses -111 naming the parameter.
  const missing = template.params.find((param) => given[param] === undefined || given[param] === '');
  if (missing !== undefined) return failure(ZnsCode.templateDataEmpty, `Template data is missing ${missing}`);
  return { template, data: given };
}

/** §6/§13.9: 22:00–05:59 in Vietnam. */
function isNight(now: Date): boolean {
  const hour = vietnamTime(now).getUTCHours();
  return hour >= 22 || hour < 6;
}

function answer(state: SimState, message: ZnsMessage) {
  return success({ msg_id: message.msgId, sent_time: message.sentTime, quota: state.zns.quota() });
}

function validate(state: SimState, body: ZnsBody) {
  const phone = normalizePhone(body.phone);
  if (phone === undefined) return failure(ZnsCode.phoneInvalid, 'Phone number is invalid');
  const tracking = body.tracking_id;
  if (tracking !== undefined && (typeof tracking !== 'string' || tracking.length > maxTrackingId)) {
    return invalidField('tracking_id');
  }
  const mode = body.mode === 'development' ? 'development' : 'production';
  const admins = state.options.znsAdminPhones;
  // §8: development mode only reaches the app's/OA's admins (enforced when admins are configured).
  if (mode === 'development' && admins.length > 0 && !admins.includes(phone)) {
    return failure(ZnsCode.userCannotReceive, 'User cannot receive this message');
  }
  const checked = checkTemplate(state, body.template_id, body.template_data);
  if ('error' in checked) return checked;
  return { phone, trackingId: tracking, mode, ...checked } as const;
}

/** `POST business.openapi.zalo.me/message/template` (zalo-platform.md §8, §12.8). */
export function znsRoutes(state: SimState) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.post<{ Body: ZnsBody | undefined }>('/message/template', async (request) => {
      // §8: the ZNS host answers a bad token with its own code.
      if (state.tokens.check(accessTokenHeader(request)) !== 0)
        return failure(ZnsCode.tokenInvalid, 'Access token is invalid');
      const body = request.body ?? {};
      const valid = validate(state, body);
      if ('error' in valid) return valid;
      const earlier = valid.trackingId === undefined ? undefined : state.zns.byTracking(valid.trackingId);
      if (earlier && state.options.dedupeZnsByTrackingId) return answer(state, earlier);
      if (state.options.znsNightBan && isNight(state.clock.now()))
        return failure(ZnsCode.nightBan, 'Cannot send at night');
      if (state.zns.remaining() <= 0) return failure(ZnsCode.outOfQuota, 'Out of quota');
      return answer(state, deliverZns(state, valid));
    });
  };
}

/** Records the message, shows it in the phone owner's chat and reports delivery (§8, §12.5). */
function deliverZns(
  state: SimState,
  valid: {
    phone: string;
    trackingId: string | undefined;
    mode: 'development' | 'production';
    template: ZnsTemplate;
    data: Record<string, unknown>;
  },
): ZnsMessage {
  const message = state.zns.record({
    phone: valid.phone,
    templateId: valid.template.templateId,
    templateData: valid.data,
    trackingId: valid.trackingId,
    mode: valid.mode,
  });
  state.feed.append('zns', message);
  const owner = state.users.findByPhone(valid.phone);
  if (owner) {
    state.users.append(owner, {
      msgId: message.msgId,
      from: 'oa',
      kind: 'zns',
      template: {
        templateId: message.templateId,
        templateData: message.templateData,
        ...(message.trackingId === undefined ? {} : { trackingId: message.trackingId }),
      },
      status: 'received',
    });
  }
  state.webhooks.send(znsReceivedEvent(eventContext(state), valid.phone, message.msgId, valid.trackingId), 'zns');
  return message;
}
