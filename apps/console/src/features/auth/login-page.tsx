import { useMutation } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Input } from 'antd';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { login, type LoginRequest } from './api.ts';
import { describeLoginError } from './login-error.ts';

interface LoginFormValues {
  username: string;
  password: string;
  totp?: string;
}

function toRequest({ username, password, totp }: LoginFormValues): LoginRequest {
  const code = totp?.trim() ?? '';
  return code === '' ? { username: username.trim(), password } : { username: username.trim(), password, totp: code };
}

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: () => {
      void message.success(t('login.success'));
      onSignedIn();
    },
  });
  const failure = mutation.isError ? describeLoginError(mutation.error) : null;

  return (
    <div className="login">
      <Card
        title={
          <h1 id="login-title" className="login__title">
            {t('login.title')}
          </h1>
        }
        className="login__card"
      >
        {failure && (
          <Alert
            type="error"
            showIcon
            className="login__alert"
            title={t(failure.message)}
            description={failure.detail ? t('login.serverDetail', { detail: failure.detail }) : undefined}
          />
        )}
        <Form<LoginFormValues>
          layout="vertical"
          aria-labelledby="login-title"
          requiredMark="optional"
          disabled={mutation.isPending}
          onFinish={(values) => {
            mutation.mutate(toRequest(values));
          }}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="totp"
            label={t('login.totp')}
            extra={t('login.totpHelp')}
            rules={[{ pattern: /^\s*\d{6}\s*$/, message: t('login.totpFormat') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
