import { Tabs, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { hrefFor, type Route } from '../../../layout/routes.ts';
import { replaceHash } from '../../../layout/use-screen.ts';
import { BroadcastsPanel } from '../../broadcasts/components/broadcasts-panel.tsx';
import { IntegrationsPanel } from '../../integrations/components/integrations-panel.tsx';
import { LookupsPanel } from '../../lookups/components/lookups-panel.tsx';
import { CalendarPanel } from './calendar-panel.tsx';
import { CatalogEditor } from './catalog-editor.tsx';
import { ChannelsPanel } from './channels-panel.tsx';
import { NoticesPanel } from './notices-panel.tsx';
import { OfficersPanel } from './officers-panel.tsx';
import { UnitsPanel } from './units-panel.tsx';
import '../admin.css';

const tabs = [
  'units',
  'officers',
  'calendar',
  'catalog',
  'channels',
  'notices',
  'broadcasts',
  'lookups',
  'integrations',
] as const;
type AdminTab = (typeof tabs)[number];

function tabOf(route: Route): AdminTab {
  return tabs.find((tab) => tab === route.segments[0]) ?? 'units';
}

/** The province admin's editors; each tab has its own address (`#/admin/calendar`). */
export function AdminPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const active = tabOf(route);
  return (
    <section aria-labelledby="admin-title">
      <Typography.Title id="admin-title" level={1} className="page-title">
        {t('admin.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => {
          replaceHash(hrefFor('admin', [key]));
        }}
        items={[
          { key: 'units', label: t('admin.tab.units'), children: <UnitsPanel /> },
          { key: 'officers', label: t('admin.tab.officers'), children: <OfficersPanel /> },
          { key: 'calendar', label: t('admin.tab.calendar'), children: <CalendarPanel /> },
          { key: 'catalog', label: t('admin.tab.catalog'), children: <CatalogEditor /> },
          { key: 'channels', label: t('admin.tab.channels'), children: <ChannelsPanel /> },
          { key: 'notices', label: t('admin.tab.notices'), children: <NoticesPanel /> },
          { key: 'broadcasts', label: t('admin.tab.broadcasts'), children: <BroadcastsPanel route={route} /> },
          { key: 'lookups', label: t('admin.tab.lookups'), children: <LookupsPanel /> },
          { key: 'integrations', label: t('admin.tab.integrations'), children: <IntegrationsPanel /> },
        ]}
      />
    </section>
  );
}
