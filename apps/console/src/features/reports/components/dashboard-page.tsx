import { Result } from 'antd';

export function DashboardPage() {
  return <Result status="info" title="…" />;
}
