import type { OfficerProfile } from '@motcua/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ApiError } from '../../lib/http.ts';
import { login, type LoginRequest } from './api.ts';
import { describeLoginError } from './login-error.ts';
import { storeSession } from './session.ts';

interface Credentials {
  username: string;
  password: string;
}

interface TotpValues {
  totp: string;
}

function needsTotp(error: unknown): boolean {
  return error instanceof ApiError && error.problem.code === 'AUTH.TOTP_REQUIRED';
}

function FailureAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  const failure = describeLoginError(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="login__alert"
      title={t(failure.message)}
      description={failure.detail ? t('login.serverDetail', { detail: failure.detail }) : undefined}
    />
  );
}

function TotpStep({
  pending,
  onSubmit,
  onBack,
}: {
  pending: boolean;
  onSubmit: (totp: string) => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  return (
    <Form<TotpValues>
      layout="vertical"
      aria-label={t('login.totpTitle')}
      disabled={pending}
      onFinish={({ totp }) => {
        onSubmit(totp.trim());
      }}
    >
      <Typography.Paragraph>{t('login.totpIntro')}</Typography.Paragraph>
      <Form.Item
        name="totp"
        label={t('login.totp')}
        extra={t('login.totpHelp')}
        rules={[
          { required: true, message: t('login.totpFormat') },
          { pattern: /^\s*\d{6}\s*$/, message: t('login.totpFormat') },
        ]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
      </Form.Item>
      <Space orientation="vertical" className="login__actions">
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('login.verify')}
        </Button>
        <Button type="link" block onClick={onBack}>
          {t('login.back')}
        </Button>
      </Space>
    </Form>
  );
}

function PasswordStep({ pending, onSubmit }: { pending: boolean; onSubmit: (values: Credentials) => void }) {
  const { t } = useI18n();
  return (
    <Form<Credentials>
      layout="vertical"
      aria-labelledby="login-title"
      requiredMark="optional"
      disabled={pending}
      onFinish={({ username, password }) => {
        onSubmit({ username: username.trim(), password });
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
      <Button type="primary" htmlType="submit" block loading={pending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

/**
 * Sign-in in two steps: username and password, then, only when the server answers
 * `AUTH.TOTP_REQUIRED`, the six-digit code of the officer's authenticator app.
 */
export function LoginPage({ onSignedIn }: { onSignedIn: (officer: OfficerProfile) => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const mutation = useMutation({
    mutationFn: (request: LoginRequest) => login(request),
    onSuccess: (session) => {
      storeSession(queryClient, session);
      void message.success(t('login.success'));
      onSignedIn(session.officer);
    },
    onError: (error, request) => {
      if (needsTotp(error) && request.totp === undefined) setCredentials(request);
    },
  });
  const totpStep = credentials !== null;
  const showError =
    mutation.isError && !(totpStep && needsTotp(mutation.error) && mutation.variables.totp === undefined);

  return (
    <div className="login">
      <Card
        title={
          <h1 id="login-title" className="login__title">
            {totpStep ? t('login.totpTitle') : t('login.title')}
          </h1>
        }
        className="login__card"
      >
        {showError && <FailureAlert error={mutation.error} />}
        {totpStep ? (
          <TotpStep
            pending={mutation.isPending}
            onSubmit={(totp) => {
              mutation.mutate({ ...credentials, totp });
            }}
            onBack={() => {
              setCredentials(null);
              mutation.reset();
            }}
          />
        ) : (
          <PasswordStep
            pending={mutation.isPending}
            onSubmit={(values) => {
              mutation.mutate(values);
            }}
          />
        )}
      </Card>
    </div>
  );
}
