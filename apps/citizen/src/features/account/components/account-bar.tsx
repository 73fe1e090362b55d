import { useState } from 'react';
import { Button, useNavigate } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { usePlatform } from '../../../platform/platform-context.tsx';
import { paths } from '../../../paths.ts';
import { createZaloSession } from '../api.ts';
import { useSession } from '../session-context.tsx';

/** Inside Zalo the citizen signs in with Zalo: the server exchanges the tokens the platform gives. */
function ZaloSignIn() {
  const { t, lang } = useI18n();
  const platform = usePlatform();
  const { signedIn } = useSession();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const signIn = async () => {
    setState({ busy: true, error: null });
    try {
      const tokens = await platform.getIdentityTokens();
      if (!tokens) {
        setState({ busy: false, error: t('account.zaloRefused') });
        return;
      }
      const session = await createZaloSession(tokens);
      signedIn({
        phone: session.phone,
        token: session.token,
        ...(session.name !== undefined ? { name: session.name } : {}),
      });
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorText(error, lang) });
    }
  };
  return (
    <>
      <Button size="small" onClick={() => void signIn()} loading={state.busy} disabled={state.busy}>
        {t('account.zaloSignIn')}
      </Button>
      {state.error && (
        <p className="ef-error" role="alert">
          {state.error}
        </p>
      )}
    </>
  );
}

/** Who is signed in, with sign-out; or why and how to sign in. Looking up by code needs neither. */
export function AccountBar() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const platform = usePlatform();
  const { profile, signOut } = useSession();
  if (profile) {
    return (
      <div className="account-bar">
        <span>
          {t('account.signedInAs', { who: profile.name ? `${profile.name} (${profile.phone})` : profile.phone })}
        </span>
        <button type="button" className="text-button" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
      </div>
    );
  }
  return (
    <div className="account-bar">
      <span>{t('account.why')}</span>
      {platform.kind === 'zalo' ? (
        <ZaloSignIn />
      ) : (
        <Button size="small" variant="secondary" onClick={() => navigate(paths.signIn)}>
          {t('account.signIn')}
        </Button>
      )}
    </div>
  );
}
