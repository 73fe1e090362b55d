import type { BroadcastKind, BroadcastTarget, NewBroadcast } from '@motcua/contracts';

/** A problem with one field of the request (JSON pointer and a Vietnamese message). */
export interface FieldProblem {
  pointer: string;
  message: string;
}

/** What one recipient's send came to (the delivery row's final state). */
export type DeliveryOutcome = 'sent' | 'skipped' | 'failed';

export type BroadcastStatus = 'scheduled' | 'sending' | 'sent' | 'cancelled';

/** A broadcast's message as any chat channel carries it. */
export type BroadcastMessage =
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string; caption: string }
  | { kind: 'link'; text: string; url: string; title: string };

/** Zalo lets an OA message a person only within 7 days of their last interaction (zalo-platform.md §6). */
export const REPLY_WINDOW_MS = 7 * 86_400_000;

/** A link button's title when the author gave none (Zalo cuts button titles at 35 characters). */
export const DEFAULT_LINK_TITLE = 'Xem chi tiết';

/** How far ahead a broadcast may be scheduled. */
const MAX_AHEAD_MS = 90 * 86_400_000;

function httpsUrl(raw: string | undefined): URL | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

const nfc = (text: string): string => text.normalize('NFC').trim();

export interface CheckedBroadcast {
  title: string;
  kind: BroadcastKind;
  body: string;
  media: { url?: string; title?: string };
  target: BroadcastTarget;
  scheduledAt: Date;
}

/**
 * The broadcast as it will be stored, or every problem with it at once: text in NFC and not blank,
 * an https image or link address where the kind needs one, a target that names someone, a time not
 * in the past (a minute of slack) and at most 90 days ahead.
 */
export function checkBroadcast(input: NewBroadcast, now: Date): CheckedBroadcast | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = nfc(input.title);
  const body = nfc(input.body);
  if (title === '') problems.push({ pointer: '/body/title', message: 'Vui lòng nhập tiêu đề' });
  if (body === '') problems.push({ pointer: '/body/body', message: 'Vui lòng nhập nội dung thông báo' });
  const media: { url?: string; title?: string } = {};
  if (input.kind !== 'text') {
    const url = httpsUrl(input.media?.url?.trim());
    if (!url) {
      problems.push({
        pointer: '/body/media/url',
        message:
          input.kind === 'image'
            ? 'Vui lòng nhập địa chỉ ảnh bắt đầu bằng https://'
            : 'Vui lòng nhập địa chỉ liên kết bắt đầu bằng https://',
      });
    } else media.url = url.toString();
    const linkTitle = input.media?.title === undefined ? '' : nfc(input.media.title);
    if (input.kind === 'link' && linkTitle !== '') media.title = linkTitle;
  }
  const target = normaliseTarget(input.target);
  if (!target) problems.push({ pointer: '/body/target', message: 'Vui lòng chọn ít nhất một xã, phường hoặc nhãn' });
  const scheduledAt = input.scheduledAt === undefined ? now : new Date(input.scheduledAt);
  if (Number.isNaN(scheduledAt.getTime())) {
    problems.push({ pointer: '/body/scheduledAt', message: 'Thời gian gửi không hợp lệ' });
  } else if (scheduledAt.getTime() < now.getTime() - 60_000) {
    problems.push({
      pointer: '/body/scheduledAt',
      message: 'Thời gian gửi đã qua; vui lòng chọn thời điểm trong tương lai',
    });
  } else if (scheduledAt.getTime() > now.getTime() + MAX_AHEAD_MS) {
    problems.push({ pointer: '/body/scheduledAt', message: 'Chỉ hẹn giờ gửi trong vòng 90 ngày tới' });
  }
  if (problems.length > 0 || !target) return problems;
  return { title, kind: input.kind, body, media, target, scheduledAt: scheduledAt < now ? now : scheduledAt };
}

/** The target with names in NFC and without blanks or repeats; undefined when it names nobody. */
export function normaliseTarget(target: BroadcastTarget): BroadcastTarget | undefined {
  if ('all' in target) return { all: true };
  if ('communes' in target) {
    const communes = [...new Set(target.communes.map((code) => code.trim()))].filter((code) => /^\d{5}$/.test(code));
    return communes.length > 0 ? { communes } : undefined;
  }
  const tags = [...new Set(target.tags.map(nfc))].filter((tag) => tag !== '');
  return tags.length > 0 ? { tags } : undefined;
}

/** The message a follower receives. */
export function broadcastMessage(broadcast: Pick<CheckedBroadcast, 'kind' | 'body' | 'media'>): BroadcastMessage {
  switch (broadcast.kind) {
    case 'text':
      return { kind: 'text', text: broadcast.body };
    case 'image':
      return { kind: 'image', url: broadcast.media.url ?? '', caption: broadcast.body };
    case 'link':
      return {
        kind: 'link',
        text: broadcast.body,
        url: broadcast.media.url ?? '',
        title: broadcast.media.title ?? DEFAULT_LINK_TITLE,
      };
  }
}

/** Whether a broadcast in this state can still be cancelled. */
export function cancellable(status: BroadcastStatus): boolean {
  return status === 'scheduled' || status === 'sending';
}

/**
 * How long a batch of `size` sends must take at most `perMinute` sends a minute (0 = no limit):
 * the fan-out waits out the rest after a faster batch, so a province's OA stays under Zalo's rate.
 */
export function batchBudgetMs(size: number, perMinute: number): number {
  return perMinute <= 0 ? 0 : Math.ceil((size * 60_000) / perMinute);
}
