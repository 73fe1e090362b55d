import { Button, Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { menuScreens, type Screen } from './routes.ts';

interface AppLayoutProps {
  screen: Screen;
  onNavigate: (screen: Screen) => void;
  children: ReactNode;
}

export function AppLayout({ screen, onNavigate, children }: AppLayoutProps) {
  const { t, lang, setLang } = useI18n();
  const items = menuScreens.map(({ screen: key, label }) => ({ key, label: t(label) }));

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
            selectedKeys={[screen]}
            items={items}
            onClick={({ key }) => {
              const target = menuScreens.find((item) => item.screen === key);
              if (target) onNavigate(target.screen);
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
          <Button
            type="primary"
            onClick={() => {
              onNavigate('login');
            }}
          >
            {t('app.signIn')}
          </Button>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="console__content">
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
