import type { ApiKey, ApiKeyScope } from '@motcua/contracts';
import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey, problemText } from '../../../lib/error-message.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
import { apiKeyScopes, scopeKey } from '../labels.ts';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../queries.ts';
import { SecretModal } from './secret-modal.tsx';

interface KeyValues {
  name: string;
  scopes: ApiKeyScope[];
}

function NewKeyModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<KeyValues>();
  const create = useCreateApiKey();
  const keyFor = useIdempotencyKey();
  const submit = (values: KeyValues) => {
    const body = { name: values.name.trim(), scopes: values.scopes };
    create.mutate(
      { body, key: keyFor(body) },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created.secret ?? '');
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('integrations.keys.add')}
      okText={t('integrations.keys.add')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {create.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(create.error, t)} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ scopes: ['applications:read'] }}>
        <Form.Item
          name="name"
          label={t('integrations.keys.name')}
          rules={[{ required: true, whitespace: true, message: t('integrations.keys.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('integrations.keys.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('integrations.keys.scopesRequired') }]}
        >
          <Checkbox.Group
            className="integrations__checks"
            options={apiKeyScopes.map((scope) => ({ value: scope, label: `${t(scopeKey(scope))} (${scope})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The province's API keys: create one (shown once), revoke one (refused at once). */
export function ApiKeysSection() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const columns: ColumnsType<ApiKey> = [
    { key: 'name', title: t('integrations.keys.name'), dataIndex: 'name' },
    {
      key: 'prefix',
      title: t('integrations.keys.prefix'),
      dataIndex: 'prefix',
      render: (prefix: string) => <code>{prefix}</code>,
    },
    {
      key: 'scopes',
      title: t('integrations.keys.scopes'),
      render: (_, key) => (
        <Space wrap size={4}>
          {key.scopes.map((scope) => (
            <Tag key={scope}>{t(scopeKey(scope))}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'created',
      title: t('integrations.keys.createdBy'),
      render: (_, key) => `${key.createdBy.name} — ${formatDate(key.createdAt)}`,
    },
    {
      key: 'used',
      title: t('integrations.keys.lastUsedAt'),
      render: (_, key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('integrations.keys.never')),
    },
    {
      key: 'status',
      title: t('integrations.keys.status'),
      render: (_, key) =>
        key.revokedAt ? (
          <Tag>{t('integrations.keys.revoked', { at: formatDate(key.revokedAt) })}</Tag>
        ) : (
          <Tag color="green">{t('integrations.keys.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, key) =>
        key.revokedAt ? null : (
          <Popconfirm
            title={t('integrations.keys.revokeConfirm', { name: key.name })}
            okText={t('integrations.keys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('action.cancel')}
            onConfirm={() =>
              revoke.mutate(key.id, {
                onSuccess: () => void message.success(t('integrations.keys.revoked.done')),
                onError: (error) => void message.error(problemText(error, t)),
              })
            }
          >
            <Button size="small" danger aria-label={t('integrations.keys.revokeNamed', { name: key.name })}>
              {t('integrations.keys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <section aria-labelledby="integrations-keys">
      <Typography.Title id="integrations-keys" level={2} className="integrations__title">
        {t('integrations.keys.title')}
      </Typography.Title>
      <Space wrap className="admin__toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('integrations.keys.add')}
        </Button>
      </Space>
      {keys.isError && <Alert type="error" showIcon className="admin__alert" title={t(errorMessageKey(keys.error))} />}
      <Table<ApiKey>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={keys.data ?? []}
        loading={keys.isLoading}
        pagination={false}
        locale={{ emptyText: t('integrations.keys.empty') }}
      />
      <NewKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created);
        }}
      />
      <SecretModal title={t('integrations.keys.created')} secret={secret} onClose={() => setSecret(null)} />
    </section>
  );
}
