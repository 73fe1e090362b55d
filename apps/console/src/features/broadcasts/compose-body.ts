import type { FieldProblem } from '../../lib/http.ts';
import { scheduledAtOf } from './schedule.ts';
import type { BroadcastKind, BroadcastTarget, CreateBroadcastBody } from './types.ts';

/** Zalo's limit for one text message, and the server's for the body and the caption. */
export const BODY_MAX = 2000;
export const TITLE_MAX = 120;
export const LINK_TITLE_MAX = 100;
/** The server takes schedules up to 90 days ahead. */
export const MAX_AHEAD_DAYS = 90;

export type TargetKind = 'all' | 'communes' | 'tags';
export type SendWhen = 'now' | 'later';

/** The compose form as the officer fills it; dates and times as the pickers give them. */
export interface ComposeValues {
  title: string;
  kind: BroadcastKind;
  body: string;
  mediaUrl?: string;
  mediaTitle?: string;
  targetKind: TargetKind;
  communes?: string[];
  tags?: string[];
  when: SendWhen;
  /** `YYYY-MM-DD`. */
  scheduleDay?: string;
  /** `HH:mm`. */
  scheduleTime?: string;
}

export type ComposeField = keyof ComposeValues;

/** Text as the server stores it: NFC, without surrounding blanks. */
export function cleanText(text: string | undefined): string {
  return (text ?? '').normalize('NFC').trim();
}

/** Characters as the server counts them (code points of the NFC text), for the counter. */
export function charCount(text: string | undefined): number {
  return Array.from((text ?? '').normalize('NFC')).length;
}

/** An absolute `https://` address with a host: Zalo fetches images and opens links only over HTTPS. */
export function isHttpsUrl(value: string | undefined): boolean {
  const text = cleanText(value);
  if (!/^https:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The target the form describes; null while a list target has nothing picked. */
export function targetOf(values: Pick<ComposeValues, 'targetKind' | 'communes' | 'tags'>): BroadcastTarget | null {
  switch (values.targetKind) {
    case 'all':
      return { all: true };
    case 'communes':
      return values.communes && values.communes.length > 0 ? { communes: [...values.communes] } : null;
    case 'tags':
      return values.tags && values.tags.length > 0 ? { tags: [...values.tags] } : null;
  }
}

function mediaOf(values: ComposeValues): CreateBroadcastBody['media'] {
  const url = cleanText(values.mediaUrl);
  if (values.kind === 'image') return { url };
  if (values.kind === 'link') {
    const title = cleanText(values.mediaTitle);
    return title === '' ? { url } : { url, title };
  }
  return undefined;
}

/** The request body of a validated form. */
export function toCreateBody(values: ComposeValues): CreateBroadcastBody {
  const media = mediaOf(values);
  const scheduled =
    values.when === 'later' && values.scheduleDay && values.scheduleTime
      ? scheduledAtOf(values.scheduleDay, values.scheduleTime)
      : undefined;
  return {
    title: cleanText(values.title),
    kind: values.kind,
    body: cleanText(values.body),
    ...(media && { media }),
    target: targetOf(values) ?? { all: true },
    ...(scheduled !== undefined && { scheduledAt: scheduled }),
  };
}

/** The form field a part of the request stands for. */
const fieldOfPath: Readonly<Record<string, ComposeField>> = {
  title: 'title',
  kind: 'kind',
  body: 'body',
  media: 'mediaUrl',
  'media/url': 'mediaUrl',
  'media/title': 'mediaTitle',
  target: 'targetKind',
  'target/all': 'targetKind',
  'target/communes': 'communes',
  'target/tags': 'tags',
  scheduledAt: 'scheduleTime',
};

/**
 * The form field a server field error points at (`/body/media/url`, `/media/url`, `media.url`,
 * `/body/target/communes/2`), or undefined when no field of the form matches.
 */
export function fieldOfPointer(pointer: string): ComposeField | undefined {
  const parts = pointer.split(/[/.]/).filter((part) => part !== '');
  if (parts[0] === 'body' && parts.length > 1) parts.shift();
  while (parts.length > 0) {
    const field = fieldOfPath[parts.join('/')];
    if (field !== undefined) return field;
    parts.pop();
  }
  return undefined;
}

/** Server field errors grouped by form field; those no field matches are kept apart. */
export function groupFieldProblems(problems: readonly FieldProblem[]): {
  byField: Map<ComposeField, string[]>;
  other: string[];
} {
  const byField = new Map<ComposeField, string[]>();
  const other: string[] = [];
  for (const problem of problems) {
    const field = fieldOfPointer(problem.pointer);
    if (field === undefined) other.push(problem.message);
    else byField.set(field, [...(byField.get(field) ?? []), problem.message]);
  }
  return { byField, other };
}
