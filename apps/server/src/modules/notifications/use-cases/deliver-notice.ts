import { withTx, type Database } from '../../../platform/db/database.ts';
import { readNoticeFacts, type NoticeFacts } from '../../applications/index.ts';
import type { Channel, ChannelKind, Content, Recipient } from '../../channels/index.ts';
import { CHAT_COMMANDS, type ChatRating } from '../../chatbot/index.ts';
import { readVisitNotice, type VisitNotice } from '../../visits/index.ts';
import {
  renderNotice,
  visitNoticeKeys,
  type CitizenNoticeKey,
  type NoticeView,
  type RenderedNotice,
  type VisitView,
} from '../domain/notice-texts.ts';
import { insideZaloWindow, nextStep, type AttemptRecord, type Route } from '../domain/routing.ts';
import { finishAttempt, listAttempts, lockIntent, recordAttempt, settleIntent } from '../notifications.repo.ts';

/** The Zalo template (ZNS) registered for dossier updates; the channel maps it to the province's id. */
export const DOSSIER_UPDATE_TEMPLATE = 'dossier_update';

export interface DeliverNoticeDeps {
  database: Database;
  channels: ReadonlyMap<ChannelKind, Channel>;
  /** The public address of the citizen app, for the tracking link. */
  publicUrl: () => string;
  now: () => Date;
  /** How long a send may be in flight before it counts as interrupted (default `SENDING_LEASE_MS`). */
  sendingLeaseMs?: number;
}

/** A route failed transiently: the job runs again later (with backoff) and resumes where it was. */
export class DeliveryRetryLater extends Error {
  override name = 'DeliveryRetryLater';
  constructor(
    readonly route: Route,
    reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(`${route}: ${reason}`);
  }
}

export type DeliveryOutcome = 'delivered' | 'delivered_in_doubt' | 'dead' | 'void' | 'already_settled' | 'gone';

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const day = (d: Date | null): string | null => (d === null ? null : dateFormat.format(d));
const money = (amount: number | null): string | null =>
  amount === null ? null : `${new Intl.NumberFormat('vi-VN').format(amount)} ₫`;
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function visitView(visit: VisitNotice): VisitView {
  return {
    when: `${timeFormat.format(visit.startsAt)} ${dateFormat.format(visit.startsAt)}`,
    placeName: visit.place.name,
    placeAddress: visit.place.address,
    bring: visit.bring,
    fee: money(visit.feeDue),
  };
}

function viewOf(
  intent: CitizenNoticeKey,
  facts: NoticeFacts,
  publicUrl: string,
  visit: VisitNotice | undefined,
): NoticeView {
  const due = facts.rescheduledDueAt ?? facts.dueAt;
  const base = publicUrl.replace(/\/+$/, '');
  return {
    intent,
    provinceName: facts.tenantName,
    code: facts.code,
    procedureName: facts.procedureName,
    statusLabel: facts.statusLabel,
    unitName: facts.unitName,
    unitAddress: facts.unitAddress,
    due: day(due),
    originalDue: facts.rescheduledDueAt ? day(facts.dueAt) : null,
    early: facts.resultReadyAt !== null && due !== null && facts.resultReadyAt.getTime() < due.getTime(),
    fee: money(facts.feeAmount),
    reason: facts.reason,
    supplementItems: facts.supplementItems,
    trackingUrl: `${base}/?tenant=${facts.tenantSlug}&track=${encodeURIComponent(facts.code)}&key=${facts.lookupKey}`,
    ...(visit ? { visit: visitView(visit) } : {}),
  };
}

/**
 * Under the "result returned" chat message, the three QĐ 766 answers as buttons: a tap comes back
 * to the chat bot as its rating command, so the citizen rates without leaving the chat.
 */
function ratingButtons(intent: string, code: string): { title: string; query: string; hidden: true }[] {
  if (intent !== 'application.returned') return [];
  const rate = (title: string, rating: ChatRating) => ({
    title,
    query: CHAT_COMMANDS.rate(code, rating),
    hidden: true as const,
  });
  return [rate('Rất hài lòng', 'very_satisfied'), rate('Hài lòng', 'satisfied'), rate('Không hài lòng', 'unsatisfied')];
}

function contentFor(
  route: Route,
  notice: RenderedNotice,
  trackingUrl: string,
  about: { intent: string; code: string },
): Content {
  switch (route) {
    case 'zalo_cs':
      return {
        kind: 'text',
        text: notice.text,
        buttons: [...ratingButtons(about.intent, about.code), { title: 'Xem hồ sơ', url: trackingUrl }],
      };
    case 'zalo_template':
      return { kind: 'template', templateId: DOSSIER_UPDATE_TEMPLATE, params: notice.templateParams };
    case 'sms':
      return { kind: 'text', text: notice.short };
    case 'email':
      return { kind: 'email', subject: `[Một Cửa] ${notice.title}`, text: notice.text };
  }
}

function recipientOf(facts: NoticeFacts): Recipient {
  const r = facts.recipient;
  return {
    phone: r.phone,
    ...(r.email ? { email: r.email } : {}),
    ...(r.zaloOaUserId ? { zaloUserId: r.zaloOaUserId } : {}),
  };
}

type Plan =
  | { done: DeliveryOutcome }
  | { wait: Route }
  | { route: Route; attempt: number; channel: Channel; recipient: Recipient; content: Content };

/**
 * One step of delivering a citizen notice, under the notice's row lock: the next route from the
 * record of what was tried, routes that cannot reach the citizen recorded as such, and — before any
 * provider is called — the attempt written as `sending` and committed. The provider is called
 * outside the transaction; its answer is recorded afterwards.
 */
async function plan(deps: DeliverNoticeDeps, tenantId: string, deliveryId: string): Promise<Plan> {
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const intent = await lockIntent(tx, tenantId, deliveryId);
    if (!intent) return { done: 'gone' };
    if (intent.status !== 'pending') return { done: 'already_settled' };
    const facts = await readNoticeFacts(tx, tenantId, intent.applicationId, intent.eventId);
    if (!facts) {
      await settleIntent(tx, tenantId, deliveryId, { status: 'dead', route: null, at: now });
      return { done: 'gone' };
    }
    const key = intent.intent as CitizenNoticeKey;
    let visit: VisitNotice | undefined;
    if (visitNoticeKeys.includes(key)) {
      // A visit notice's event is the booking; a reminder of a booking since moved or cancelled is void.
      visit = await readVisitNotice(tx, tenantId, intent.eventId);
      if (!visit || (key === 'visit.reminder' && !visit.live)) {
        await settleIntent(tx, tenantId, deliveryId, { status: 'void', route: null, at: now });
        return { done: 'void' };
      }
    }
    const recipient = recipientOf(facts);
    const zaloWindowOpen = insideZaloWindow(
      {
        oaUserId: facts.recipient.zaloOaUserId,
        follower: facts.recipient.zaloFollower,
        lastInteractionAt: facts.recipient.zaloLastInteractionAt,
      },
      now,
    );
    const availability = {
      reachable: (route: Route) => {
        const channel = deps.channels.get(route);
        if (!channel?.canReach(recipient)) return false;
        return route !== 'zalo_cs' || zaloWindowOpen;
      },
      idempotent: (route: Route) => deps.channels.get(route)?.deduplicates ?? false,
    };
    const history: AttemptRecord[] = await listAttempts(tx, tenantId, deliveryId);
    for (;;) {
      const step = nextStep(history, availability, now, deps.sendingLeaseMs);
      switch (step.kind) {
        case 'skip': {
          const reason = step.route === 'zalo_cs' ? 'not a follower inside the reply window' : 'no address or channel';
          await recordAttempt(tx, tenantId, {
            deliveryId,
            route: step.route,
            attempt: 1,
            state: 'unreachable',
            reason,
            at: now,
            finished: true,
          });
          history.push({ route: step.route, attempt: 1, state: 'unreachable', startedAt: now });
          continue;
        }
        case 'wait':
          return { wait: step.route };
        case 'dead':
          await settleIntent(tx, tenantId, deliveryId, { status: 'dead', route: null, at: now });
          return { done: 'dead' };
        case 'settle_in_doubt':
          await finishAttempt(
            tx,
            tenantId,
            { deliveryId, route: step.route, attempt: step.attempt },
            { state: 'in_doubt', reason: 'interrupted before the answer was recorded; not resent', at: now },
          );
          await settleIntent(tx, tenantId, deliveryId, { status: 'delivered', route: step.route, at: now });
          return { done: 'delivered_in_doubt' };
        case 'send': {
          const channel = deps.channels.get(step.route);
          if (!channel) throw new Error(`no channel for ${step.route}`);
          await recordAttempt(tx, tenantId, {
            deliveryId,
            route: step.route,
            attempt: step.attempt,
            state: 'sending',
            at: now,
            finished: false,
          });
          const view = viewOf(key, facts, deps.publicUrl(), visit);
          const content = contentFor(step.route, renderNotice(view), view.trackingUrl, {
            intent: view.intent,
            code: facts.code,
          });
          return { route: step.route, attempt: step.attempt, channel, recipient, content };
        }
      }
    }
  });
}

/**
 * Delivers a citizen notice exactly once per delivery id: Zalo chat message while the citizen
 * follows the OA inside the reply window → Zalo template by phone → SMS → e-mail, each try recorded.
 * Safe to run again after a crash at any point: a settled notice is left alone, and an interrupted
 * send is resent only where the provider deduplicates by the delivery id (see `nextStep`). Throws
 * `DeliveryRetryLater` on a transient fault so the job runner retries with backoff.
 */
export async function deliverNotice(
  deps: DeliverNoticeDeps,
  input: { tenantId: string; deliveryId: string },
): Promise<DeliveryOutcome> {
  for (;;) {
    const step = await plan(deps, input.tenantId, input.deliveryId);
    if ('done' in step) return step.done;
    if ('wait' in step) throw new DeliveryRetryLater(step.wait, 'a send is in flight');
    // A throw here leaves the attempt `sending`: the next run treats it as interrupted.
    const result = await step.channel.send({
      tenantId: input.tenantId,
      deliveryId: input.deliveryId,
      attempt: step.attempt,
      to: step.recipient,
      content: step.content,
    });
    const key = { deliveryId: input.deliveryId, route: step.route, attempt: step.attempt };
    const at = deps.now();
    await withTx(deps.database, input.tenantId, async (tx) => {
      if (result.outcome === 'sent') {
        await finishAttempt(tx, input.tenantId, key, { state: 'sent', providerId: result.providerId, at });
        await settleIntent(tx, input.tenantId, input.deliveryId, { status: 'delivered', route: step.route, at });
      } else {
        await finishAttempt(tx, input.tenantId, key, { state: result.outcome, reason: result.reason, at });
      }
    });
    if (result.outcome === 'sent') return 'delivered';
    if (result.outcome === 'retry') throw new DeliveryRetryLater(step.route, result.reason, result.retryAfterMs);
  }
}
