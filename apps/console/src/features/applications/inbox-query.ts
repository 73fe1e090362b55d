import { statuses, type Status } from '@motcua/workflow';
import { filingChannels, type DueFilter, type FilingChannel } from './types.ts';

/** The inbox's filters, as the hash carries them and the server reads them. */
export interface InboxFilters {
  status?: Status;
  procedure?: string;
  channel?: FilingChannel;
  due?: DueFilter;
  /** A dossier code or the start of one. */
  q?: string;
  /** 1-based. */
  page: number;
}

export const INBOX_PAGE_SIZE = 20;

function isStatus(value: string | null): value is Status {
  return value !== null && Object.hasOwn(statuses, value);
}

function isChannel(value: string | null): value is FilingChannel {
  return value !== null && (filingChannels as readonly string[]).includes(value);
}

function isDue(value: string | null): value is DueFilter {
  return value === 'soon' || value === 'overdue';
}

/** Reads filters from the hash's query, ignoring anything unknown or malformed. */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  const channel = params.get('channel');
  const due = params.get('due');
  const procedure = params.get('procedure')?.trim() ?? '';
  const q = params.get('q')?.trim() ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    ...(isStatus(status) && { status }),
    ...(procedure !== '' && { procedure }),
    ...(isChannel(channel) && { channel }),
    ...(isDue(due) && { due }),
    ...(q !== '' && { q }),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The hash query for these filters; the first page is left out. */
export function filtersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.procedure) params.set('procedure', filters.procedure);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.due) params.set('due', filters.due);
  if (filters.q) params.set('q', filters.q);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * The server's query for one page: `status=&procedure=&channel=&due=&q=&limit=&offset=`. Only set
 * filters are sent; the page becomes an offset, so no list is ever loaded whole.
 */
export function inboxSearchParams(filters: InboxFilters, pageSize = INBOX_PAGE_SIZE): URLSearchParams {
  const params = filtersToParams({ ...filters, page: 1 });
  params.set('limit', String(pageSize));
  params.set('offset', String((filters.page - 1) * pageSize));
  return params;
}
