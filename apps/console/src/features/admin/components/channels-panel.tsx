import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey, problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { putZaloChannel } from '../api.ts';
import { adminKeys, useZaloChannel } from '../queries.ts';
import type { PutZaloChannelBody, ZaloChannelSettings } from '../types.ts';
import { ZaloConnection } from './zalo-connection.tsx';

interface ZaloValues {
  oaId: string;
  appId: string;
  appSecret?: string;
  oaSecretKey?: string;
}

const ZALO_ID = /^[0-9]{1,32}$/;

/** Secrets left blank are not sent, so the stored ones stay. */
export function zaloBody(values: ZaloValues): PutZaloChannelBody {
  const appSecret = values.appSecret?.trim() ?? '';
  const oaSecretKey = values.oaSecretKey?.trim() ?? '';
  return {
    oaId: values.oaId.trim(),
    appId: values.appId.trim(),
    ...(appSecret !== '' && { appSecret }),
    ...(oaSecretKey !== '' && { oaSecretKey }),
  };
}

function ZaloForm({ settings }: { settings: ZaloChannelSettings }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ZaloValues>();
  const save = useMutation({
    mutationFn: (values: ZaloValues) => putZaloChannel(zaloBody(values)),
    onSuccess: (saved) => {
      void message.success(t('admin.saved'));
      queryClient.setQueryData(adminKeys.zalo(), saved);
      form.setFieldsValue({ appSecret: '', oaSecretKey: '' });
    },
  });
  const secretRules = settings.secretSet ? [] : [{ required: true, min: 8, message: t('channels.secretRequired') }];
  return (
    <Form<ZaloValues>
      form={form}
      layout="vertical"
      aria-label={t('channels.zalo')}
      className="admin__narrow"
      initialValues={{ oaId: settings.oaId ?? '', appId: settings.appId ?? '' }}
      onFinish={(values) => save.mutate(values)}
    >
      {save.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(save.error, t)} />}
      <Typography.Paragraph>
        {settings.secretSet ? (
          <Tag color="green">{t('channels.secretSet')}</Tag>
        ) : (
          <Tag color="orange">{t('channels.secretMissing')}</Tag>
        )}
        {settings.updatedAt ? t('channels.updatedAt', { at: formatDateTime(settings.updatedAt) }) : null}
      </Typography.Paragraph>
      <Form.Item
        name="oaId"
        label={t('channels.oaId')}
        rules={[{ required: true, pattern: ZALO_ID, message: t('channels.idFormat') }]}
      >
        <Input inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="appId"
        label={t('channels.appId')}
        rules={[{ required: true, pattern: ZALO_ID, message: t('channels.idFormat') }]}
      >
        <Input inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item name="appSecret" label={t('channels.appSecret')} extra={t('channels.secretHelp')} rules={secretRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="oaSecretKey"
        label={t('channels.oaSecretKey')}
        extra={t('channels.secretHelp')}
        rules={secretRules}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('admin.save')}
      </Button>
    </Form>
  );
}

/** The province's Zalo Official Account: ids in clear, secrets write-only; then its connection. */
export function ChannelsPanel() {
  const { t } = useI18n();
  const settings = useZaloChannel();
  return (
    <section aria-label={t('admin.tab.channels')}>
      <Typography.Title level={2} className="subsection-title">
        {t('channels.zalo')}
      </Typography.Title>
      {settings.isPending && <Skeleton active />}
      {settings.isError && <Alert type="error" showIcon title={t(errorMessageKey(settings.error))} />}
      {settings.data && (
        <>
          <ZaloForm settings={settings.data} />
          <ZaloConnection settings={settings.data} />
        </>
      )}
    </section>
  );
}
