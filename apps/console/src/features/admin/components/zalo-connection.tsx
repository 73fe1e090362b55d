import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { MessageKey } from '../../../i18n/translate.ts';
import { problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { hrefFor } from '../../../layout/routes.ts';
import { replaceHash, useRoute } from '../../../layout/use-screen.ts';
import { connectZalo, disconnectZalo, zaloCallbackUrl } from '../api.ts';
import { navigation } from '../leave-console.ts';
import { adminKeys } from '../queries.ts';
import type { ZaloChannelSettings } from '../types.ts';

const FAILURES = [
  'CHANNEL.OAUTH_STATE',
  'CHANNEL.OAUTH_REFUSED',
  'CHANNEL.OAUTH_OA_MISMATCH',
  'CHANNEL.OAUTH_UNAVAILABLE',
  'CHANNEL.ZALO_NOT_CONFIGURED',
] as const;

/** What to say about a failed connection, by the code the server's callback put in the address. */
export function connectFailureKey(code: string | null): MessageKey {
  const known = FAILURES.find((failure) => failure === code);
  return known ? `channels.connectFailed.${known}` : 'channels.connectFailed.other';
}

/** `HH:mm dd/MM/yyyy` on Vietnam's clock. */
function timeThenDay(at: string): string {
  const [day = '', time = ''] = formatDateTime(at).split(' ');
  return `${time} ${day}`;
}

/** How the connection went, when Zalo's consent sent the browser back here (`?zalo=…`). */
function ReturnedOutcome() {
  const { t } = useI18n();
  const [route] = useRoute();
  const outcome = route.params.get('zalo');
  if (outcome !== 'connected' && outcome !== 'error') return null;
  const dismiss = () => {
    replaceHash(hrefFor('admin', ['channels']));
  };
  return (
    <Alert
      type={outcome === 'connected' ? 'success' : 'error'}
      showIcon
      closable={{ onClose: dismiss }}
      className="admin__alert"
      title={outcome === 'connected' ? t('channels.connectDone') : t(connectFailureKey(route.params.get('code')))}
    />
  );
}

/**
 * Whether the province's OA is connected, and the buttons to connect it (OAuth v4 consent on
 * Zalo's page, which returns here) or to disconnect it.
 */
export function ZaloConnection({ settings }: { settings: ZaloChannelSettings }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [leaving, setLeaving] = useState(false);
  const connect = useMutation({
    mutationFn: connectZalo,
    onSuccess: ({ authorizeUrl }) => {
      setLeaving(true);
      navigation.leaveConsole(authorizeUrl);
    },
  });
  const disconnect = useMutation({
    mutationFn: disconnectZalo,
    onSuccess: (saved) => {
      void message.success(t('channels.disconnected'));
      queryClient.setQueryData(adminKeys.zalo(), saved);
    },
  });
  const failure = connect.error ?? disconnect.error;
  return (
    <section aria-label={t('channels.connection')} className="admin__narrow">
      <Typography.Title level={3} className="subsection-title">
        {t('channels.connection')}
      </Typography.Title>
      <ReturnedOutcome />
      {failure && <Alert type="error" showIcon className="admin__alert" title={problemText(failure, t)} />}
      <Typography.Paragraph>
        {settings.connected && settings.tokenExpiresAt ? (
          <Tag color="green">{t('channels.connection.connected', { at: timeThenDay(settings.tokenExpiresAt) })}</Tag>
        ) : (
          <Tag color="orange">{t('channels.connection.none')}</Tag>
        )}
        {settings.connected && settings.connectedAt
          ? t('channels.connection.connectedAt', { at: formatDateTime(settings.connectedAt) })
          : null}
      </Typography.Paragraph>
      {settings.connected && <Typography.Paragraph>{t('channels.connection.renewed')}</Typography.Paragraph>}
      <Typography.Paragraph>
        {t('channels.connection.help')} <Typography.Text code>{zaloCallbackUrl()}</Typography.Text>
      </Typography.Paragraph>
      {!settings.secretSet && <Typography.Paragraph>{t('channels.connection.needSecrets')}</Typography.Paragraph>}
      <Space wrap>
        <Button
          type="primary"
          disabled={!settings.secretSet}
          loading={connect.isPending || leaving}
          onClick={() => connect.mutate()}
        >
          {t('channels.connect')}
        </Button>
        {settings.connected && (
          <Popconfirm
            title={t('channels.disconnectConfirm')}
            okText={t('channels.disconnect')}
            onConfirm={() => disconnect.mutate()}
          >
            <Button danger loading={disconnect.isPending}>
              {t('channels.disconnect')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </section>
  );
}
