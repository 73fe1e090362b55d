import '../../eform/components/eform.css';
import { useState } from 'react';
import { Box, Button, Page, useNavigate } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { formatTime } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { createSession, requestOtp, type OtpSent } from '../api.ts';
import { useSession } from '../session-context.tsx';

const PHONE = /^(\+?84|0)(3|5|7|8|9)[0-9]{8}$/;

interface FieldProps {
  id: string;
  label: string;
  help: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  inputMode: 'tel' | 'numeric';
  autoComplete: string;
}

function Field({ id, label, help, error, value, onChange, inputMode, autoComplete }: FieldProps) {
  return (
    <div className={error ? 'ef-field ef-field--invalid' : 'ef-field'}>
      <label htmlFor={id} className="ef-label">
        {label}
      </label>
      <p id={`${id}-help`} className="ef-help">
        {help}
      </p>
      {error && (
        <p id={`${id}-error`} className="ef-error">
          {error}
        </p>
      )}
      <input
        id={id}
        className="ef-input"
        type={inputMode === 'tel' ? 'tel' : 'text'}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Web sign-in: the phone number, then the one-time code texted to it. */
export function SignInPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<OtpSent | null>(null);
  const [error, setError] = useState<{ field?: 'phone' | 'code'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const cleanPhone = phone.replace(/[\s.-]/g, '');

  const send = async () => {
    if (!PHONE.test(cleanPhone)) {
      setError({ field: 'phone', text: t('eform.error.phone') });
      document.getElementById('sign-in-phone')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSent(await requestOtp(cleanPhone));
      setCode('');
      setTimeout(() => document.getElementById('sign-in-code')?.focus(), 0);
    } catch (failure) {
      setError({ text: errorText(failure, lang) });
    } finally {
      setBusy(false);
    }
  };

  const verify = async () => {
    const digits = code.replace(/\s/g, '');
    if (!/^[0-9]{4,8}$/.test(digits)) {
      setError({ field: 'code', text: t('account.codeInvalid') });
      document.getElementById('sign-in-code')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signedIn(await createSession(cleanPhone, digits));
      navigate(paths.home, { replace: true });
    } catch (failure) {
      setError({ field: 'code', text: errorText(failure, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page className="page">
      <AppBar title={t('account.signInTitle')} showBack />
      <Box className="content" p={4}>
        <p className="intro">{t('account.signInIntro')}</p>
        <form
          className="lookup"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (sent ? verify() : send());
          }}
        >
          <Field
            id="sign-in-phone"
            label={t('contact.phone')}
            help={t('account.phoneHelp')}
            error={error?.field === 'phone' ? error.text : undefined}
            value={phone}
            onChange={(value) => {
              setPhone(value);
              setSent(null);
            }}
            inputMode="tel"
            autoComplete="tel"
          />
          {sent && (
            <>
              <p className="notice" role="status">
                {t('account.codeSent', { time: formatTime(sent.expiresAt) })}
              </p>
              {sent.devCode && (
                <p className="notice notice--warning" data-testid="dev-code">
                  {t('account.devCode', { code: sent.devCode })}
                </p>
              )}
              <Field
                id="sign-in-code"
                label={t('account.code')}
                help={t('account.codeHelp')}
                error={error?.field === 'code' ? error.text : undefined}
                value={code}
                onChange={setCode}
                inputMode="numeric"
                autoComplete="one-time-code"
              />
            </>
          )}
          {error && !error.field && (
            <p className="notice notice--error" role="alert">
              {error.text}
            </p>
          )}
          <Button htmlType="submit" fullWidth loading={busy} disabled={busy}>
            {sent ? t('account.verify') : t('account.sendCode')}
          </Button>
          {sent && (
            <Button variant="tertiary" fullWidth onClick={() => void send()} disabled={busy}>
              {t('account.resend')}
            </Button>
          )}
        </form>
      </Box>
    </Page>
  );
}
