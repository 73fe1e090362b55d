import { hrefFor, type Route } from '../../layout/routes.ts';

/*
 * The broadcasts live in the admin screen's `broadcasts` tab: `#/admin/broadcasts` (the list),
 * `#/admin/broadcasts/new` (compose) and `#/admin/broadcasts/{id}` (one broadcast).
 */

const TAB = 'broadcasts';
const NEW = 'new';

export type BroadcastsView = { view: 'list' } | { view: 'compose' } | { view: 'detail'; id: string };

export function broadcastsViewOf(route: Route): BroadcastsView {
  const id = route.segments[0] === TAB ? route.segments[1] : undefined;
  if (id === undefined || id === '') return { view: 'list' };
  return id === NEW ? { view: 'compose' } : { view: 'detail', id };
}

export function broadcastsHref(): string {
  return hrefFor('admin', [TAB]);
}

export function composeHref(): string {
  return hrefFor('admin', [TAB, NEW]);
}

export function broadcastHref(id: string): string {
  return hrefFor('admin', [TAB, id]);
}
