import type { Route } from '../../../layout/routes.ts';
import { broadcastsViewOf } from '../routes.ts';
import { BroadcastDetail } from './broadcast-detail.tsx';
import { BroadcastList } from './broadcast-list.tsx';
import { ComposeBroadcast } from './compose-form.tsx';
import '../broadcasts.css';

/** The admin's "Thông báo" tab: the list of announcements, one of them, or the compose form. */
export function BroadcastsPanel({ route }: { route: Route }) {
  const view = broadcastsViewOf(route);
  switch (view.view) {
    case 'list':
      return <BroadcastList />;
    case 'compose':
      return <ComposeBroadcast />;
    case 'detail':
      return <BroadcastDetail key={view.id} id={view.id} />;
  }
}
