import type { OfficerProfile } from '@motcua/contracts';
import { roleLabel } from '@motcua/workflow';
import { Button, Layout, Menu, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { hasAnyRole } from '../features/auth/session.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { hrefFor, menuScreens, type Screen } from './routes.ts';

interface AppLayoutProps {
  screen: Screen;
  officer: OfficerProfile | null;
  onNavigate: (href: string) => void;
  onSignOut: () => void;
  children: ReactNode;
}

/** Menu entries the officer's roles open; the dossier page belongs to the dossiers entry. */
function useMenu(officer: OfficerProfile | null, screen: Screen) {
  const { t } = useI18n();
  // Signed out, every screen shows the sign-in form: no menu to offer.
  const entries =
    officer === null ? [] : menuScreens.filter((entry) => !('roles' in entry) || hasAnyRole(officer, entry.roles));
  const items = entries.map(({ screen: key, label }) => ({ key, label: t(label) }));
  const selected = screen === 'dossier' ? 'applications' : screen;
  return { items, selected };
}

function OfficerBadge({ officer }: { officer: OfficerProfile }) {
  const { lang } = useI18n();
  const roles = officer.roles.map((grant) => `${roleLabel(grant.role, lang)} — ${grant.unitName}`);
  return (
    <Tooltip title={roles.join('; ')}>
      <Typography.Text className="console__officer" data-testid="officer-name">
        {officer.fullName}
      </Typography.Text>
    </Tooltip>
  );
}

export function AppLayout({ screen, officer, onNavigate, onSignOut, children }: AppLayoutProps) {
  const { t, lang, setLang } = useI18n();
  const { items, selected } = useMenu(officer, screen);

  return (
    <Layout className="console">
      {/* A button, not a link: the URL hash names the screen, so `#main` would navigate away. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => {
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </button>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={232} theme="light" className="console__sider">
        <div className="console__brand">
          <Typography.Text strong>{t('app.title')}</Typography.Text>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        <nav aria-label={t('app.mainMenu')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={items}
            onClick={({ key }) => {
              const target = menuScreens.find((item) => item.screen === key);
              if (target) onNavigate(hrefFor(target.screen));
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console__header">
          <Button
            type="text"
            lang={lang === 'vi' ? 'en' : 'vi'}
            onClick={() => {
              setLang(lang === 'vi' ? 'en' : 'vi');
            }}
          >
            {t('app.switchLanguage')}
          </Button>
          {officer && (
            <>
              <OfficerBadge officer={officer} />
              <Button onClick={onSignOut}>{t('app.signOut')}</Button>
            </>
          )}
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="console__content">
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
