import { Tabs, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { hrefFor, type Route } from '../../../layout/routes.ts';
import { replaceHash } from '../../../layout/use-screen.ts';
import { ReturnsPanel } from './returns-panel.tsx';
import { VisitsPanel } from './visits-panel.tsx';
import { WalkInWizard } from './walk-in-wizard.tsx';
import '../intake.css';
import '../../applications/applications.css';

const tabs = ['walk-in', 'returns', 'visits'] as const;
type IntakeTab = (typeof tabs)[number];

function tabOf(route: Route): IntakeTab {
  const segment = route.segments[0];
  return tabs.find((tab) => tab === segment) ?? 'walk-in';
}

/** The desk: walk-in intake, results to hand over, and the day's booked visits. */
export function IntakePage({ route }: { route: Route }) {
  const { t } = useI18n();
  const active = tabOf(route);
  return (
    <section aria-labelledby="intake-title">
      <Typography.Title id="intake-title" level={1} className="page-title">
        {t('intake.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          replaceHash(hrefFor('intake', [key]));
        }}
        items={[
          { key: 'walk-in', label: t('intake.tab.walkIn'), children: <WalkInWizard /> },
          { key: 'returns', label: t('intake.tab.returns'), children: <ReturnsPanel /> },
          { key: 'visits', label: t('intake.tab.visits'), children: <VisitsPanel /> },
        ]}
      />
    </section>
  );
}
