import { messageId } from './ids.ts';

/** A ZNS template registered with the simulator (§8 template info: `status`, `listParams[].name`). */
export interface ZnsTemplate {
  templateId: string;
  name: string;
  params: string[];
  /** Only `ENABLE` templates send; others answer `-131` (not approved). */
  status: 'ENABLE' | 'PENDING_REVIEW' | 'REJECT' | 'DISABLE';
}

/** A template message the OA sent to a phone. */
export interface ZnsMessage {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, unknown>;
  trackingId: string | undefined;
  mode: 'development' | 'production';
  sentTime: string;
}

/** Templates, sent messages and the daily quota of the OA's ZNS account. */
export class ZnsStore {
  private readonly templates = new Map<string, ZnsTemplate>();
  private readonly messages: ZnsMessage[] = [];
  private readonly byTrackingId = new Map<string, ZnsMessage>();
  private quotaDay = '';
  private used = 0;

  constructor(
    private readonly dailyQuota: () => number,
    private readonly now: () => Date,
  ) {}

  putTemplate(template: Omit<ZnsTemplate, 'templateId'> & { templateId?: string }): ZnsTemplate {
    const stored = { ...template, templateId: template.templateId ?? String(100_000 + this.templates.size + 1) };
    this.templates.set(stored.templateId, stored);
    return stored;
  }

  template(id: string): ZnsTemplate | undefined {
    return this.templates.get(id);
  }

  listTemplates(): ZnsTemplate[] {
    return [...this.templates.values()];
  }

  byTracking(trackingId: string): ZnsMessage | undefined {
    return this.byTrackingId.get(trackingId);
  }

  received(phone?: string): ZnsMessage[] {
    return phone === undefined ? [...this.messages] : this.messages.filter((message) => message.phone === phone);
  }

  /** §8 quota strings: `dailyQuota`, `remainingQuota`. The day turns at midnight Asia/Ho_Chi_Minh. */
  quota(): { dailyQuota: string; remainingQuota: string } {
    this.rollDay();
    return { dailyQuota: String(this.dailyQuota()), remainingQuota: String(this.remaining()) };
  }

  remaining(): number {
    this.rollDay();
    return Math.max(0, this.dailyQuota() - this.used);
  }

  /** Scripting: spend the quota down so that `remaining` is left. */
  setRemaining(remaining: number): void {
    this.rollDay();
    this.used = Math.max(0, this.dailyQuota() - remaining);
  }

  record(input: Omit<ZnsMessage, 'msgId' | 'sentTime'>): ZnsMessage {
    this.rollDay();
    this.used += 1;
    const message: ZnsMessage = { ...input, msgId: messageId(), sentTime: String(this.now().getTime()) };
    this.messages.push(message);
    if (message.trackingId !== undefined) this.byTrackingId.set(message.trackingId, message);
    return message;
  }

  private rollDay(): void {
    const day = vietnamDay(this.now());
    if (day === this.quotaDay) return;
    this.quotaDay = day;
    this.used = 0;
  }
}

/** Zalo does not state a timezone (§13.9); the simulator assumes Asia/Ho_Chi_Minh, UTC+7 all year. */
export function vietnamTime(date: Date): Date {
  return new Date(date.getTime() + 7 * 3_600_000);
}

function vietnamDay(date: Date): string {
  return vietnamTime(date).toISOString().slice(0, 10);
}
