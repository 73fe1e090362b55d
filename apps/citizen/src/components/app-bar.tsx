import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'zmp-ui';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { BackIcon } from './icons.tsx';

interface AppBarProps {
  title: string;
  subtitle?: string;
  showBack?: boolean;
  actions?: ReactNode;
}

/**
 * The page header. zmp-ui's `Header` renders its title as a span and an unlabelled icon button,
 * so this one keeps the zmp-ui look with a real heading and a named back button.
 */
export function AppBar({ title, subtitle, showBack = false, actions }: AppBarProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // Each screen names the tab and the history entry (WCAG 2.4.2).
  useEffect(() => {
    const app = t('app.title');
    document.title = title === app ? app : `${title} – ${app}`;
  }, [title, t]);
  return (
    <header className="app-bar">
      {showBack && (
        <button
          type="button"
          className="icon-button"
          aria-label={t('app.back')}
          onClick={() => {
            navigate(-1);
          }}
        >
          <BackIcon />
        </button>
      )}
      <div className="app-bar__titles">
        <h1 className="app-bar__title">{title}</h1>
        {subtitle && <p className="app-bar__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="app-bar__actions">{actions}</div>}
    </header>
  );
}
