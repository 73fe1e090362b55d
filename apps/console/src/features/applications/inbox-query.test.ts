import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, inboxSearchParams } from './inbox-query.ts';

describe('inbox filters', () => {
  it('sends only the filters set, and the page as limit and offset', () => {
    const params = inboxSearchParams({ status: 'processing', due: 'overdue', q: '000.00.00.H53-2601', page: 3 });
    expect(params.toString()).toBe('status=processing&due=overdue&q=000.00.00.H53-2601&limit=20&offset=40');
  });

  it('sends procedure and channel', () => {
    const params = inboxSearchParams({ procedure: '1.001193', channel: 'zalo', due: 'soon', page: 1 });
    expect(params.toString()).toBe('procedure=1.001193&channel=zalo&due=soon&limit=20&offset=0');
  });

  it('reads the hash query back, ignoring unknown or malformed values', () => {
    const filters = filtersFromParams(
      new URLSearchParams('status=teleported&channel=fax&due=later&q=%20&page=-2&procedure=1.001193'),
    );
    expect(filters).toEqual({ procedure: '1.001193', page: 1 });
  });

  it('round-trips through the hash without the first page', () => {
    const filters = { status: 'submitted', channel: 'online', q: '000.00', page: 1 } as const;
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('status=submitted&channel=online&q=000.00');
    expect(filtersFromParams(params)).toEqual(filters);
    expect(filtersToParams({ ...filters, page: 4 }).get('page')).toBe('4');
  });
});
