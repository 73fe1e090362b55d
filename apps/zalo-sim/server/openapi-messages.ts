import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isZaloFailure, parseCsMessage } from './cs-message.ts';
import { failure, invalidField, success, ZaloCode, type ZaloEnvelope } from './envelope.ts';
import { accessTokenHeader, tokenMessages } from './oa-tokens.ts';
import { eventContext, type SimState } from './sim-state.ts';
import type { CsWindow, OaUser } from './users.ts';
import { oaMessageStatusEvent } from './webhook-events.ts';
import { checkTemplate } from './zns.ts';

interface CsBody {
  recipient?: { user_id?: unknown; message_id?: unknown };
  message?: unknown;
}

interface TemplateBody {
  user_id?: unknown;
  template_id?: unknown;
  template_data?: unknown;
}

/** `-216`/`-220` for a missing, unknown, revoked or expired `access_token` header (§2, §5). */
export function tokenFailure(state: SimState, request: FastifyRequest): ZaloEnvelope<never> | undefined {
  const code = state.tokens.check(accessTokenHeader(request));
  return code === 0 ? undefined : failure(code, tokenMessages[code]);
}

/** §4: `{user_id}`, or `{message_id}` of a message the user sent (which makes the send a reply). */
function recipientOf(state: SimState, body: CsBody): OaUser | ZaloEnvelope<never> {
  const { user_id: userId, message_id: msgId } = body.recipient ?? {};
  if (typeof userId === 'string') return state.users.find(userId) ?? invalidField('user_id');
  if (typeof msgId === 'string') return state.users.findByMessageId(msgId) ?? invalidField('message_id');
  return invalidField('recipient');
}

/**
 * §4/§12.6 `quota`. Zalo documents only the free 48 h reply quota (`quota_type:"reply"`); the
 * simulator reports billable sends as `purchase_quota` and an unlimited quota as "-1" (its own choices).
 */
function quotaOf(state: SimState, user: OaUser, window: Exclude<CsWindow, 'closed'>) {
  const total = state.options.csFreeRepliesPer48h;
  if (window === 'paid') return { quota_type: 'purchase_quota', remain: '-1', total: '-1' };
  if (total === null) return { quota_type: 'reply', remain: '-1', total: '-1' };
  return { quota_type: 'reply', remain: String(Math.max(0, total - user.freeRepliesUsed)), total: String(total) };
}

function billingOf(state: SimState, user: OaUser, window: Exclude<CsWindow, 'closed'>): 'free' | 'paid' {
  const free = state.options.csFreeRepliesPer48h;
  return window === 'free' && (free === null || user.freeRepliesUsed < free) ? 'free' : 'paid';
}

function sendCs(state: SimState, body: CsBody) {
  const user = recipientOf(state, body);
  if (isZaloFailure(user)) return user;
  // §5/§6: a user who does not follow cannot be messaged; nor one silent for 7 days.
  if (!user.isFollower) return failure(ZaloCode.notFollower, 'User has not followed OA');
  const window = state.users.csWindow(user);
  if (window === 'closed')
    return failure(ZaloCode.noInteraction7Days, 'User has not interacted with the OA in the past 7 days');
  const parsed = parseCsMessage(body.message, state.options, state.media);
  if (isZaloFailure(parsed)) return parsed;
  const billing = billingOf(state, user, window);
  if (billing === 'free') user.freeRepliesUsed += 1;
  const sent = state.users.append(user, { ...parsed, from: 'oa', status: 'sent', billing });
  if (parsed.kind === 'request_user_info') user.awaitingInfo = true;
  if (state.options.autoCsReceived) {
    state.users.setStatus(user, [sent.msgId], 'received');
    state.webhooks.send(oaMessageStatusEvent(eventContext(state), user, 'user_received_message', [sent.msgId]));
  }
  return success({
    quota: quotaOf(state, user, window),
    message_id: sent.msgId,
    user_id: user.userId,
    sent_time: String(new Date(sent.sentAt).getTime()),
  });
}

/** §3 (SPEC §5.4): a ZBS template to a user id. Zalo's answer is not quoted; the simulator answers like ZNS (§8). */
function sendTemplate(state: SimState, body: TemplateBody) {
  const user = typeof body.user_id === 'string' ? state.users.find(body.user_id) : undefined;
  if (!user) return invalidField('user_id');
  const checked = checkTemplate(state, body.template_id, body.template_data);
  if ('error' in checked) return checked;
  const sent = state.users.append(user, {
    from: 'oa',
    kind: 'template',
    template: { templateId: checked.template.templateId, templateData: checked.data },
    status: 'sent',
  });
  return success({ msg_id: sent.msgId, sent_time: String(new Date(sent.sentAt).getTime()), quota: state.zns.quota() });
}

/** `openapi.zalo.me` message sends (zalo-platform.md §3, §4, §12.6). */
export function messageRoutes(state: SimState) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.post<{ Body: CsBody | undefined }>('/v3.0/oa/message/cs', async (request) => {
      return tokenFailure(state, request) ?? sendCs(state, request.body ?? {});
    });

    app.post<{ Body: TemplateBody | undefined }>('/v3.0/oa/message/template', async (request) => {
      return tokenFailure(state, request) ?? sendTemplate(state, request.body ?? {});
    });
  };
}
