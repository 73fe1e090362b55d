import { Result } from 'antd';
import type { Route } from '../../../layout/routes.ts';

export function IntakePage({ route: _route }: { route: Route }) {
  return <Result status="info" title="…" />;
}
