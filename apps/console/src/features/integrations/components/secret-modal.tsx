import { Alert, Button, Modal, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';

/**
 * Shows a secret the server just made (an API key, a webhook signing secret) the one time it is
 * seen: the server keeps only a hash or a sealed copy and never sends it again.
 */
export function SecretModal({ title, secret, onClose }: { title: string; secret: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('integrations.secret.close')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        className="admin__alert"
        title={t('integrations.secret.title')}
        description={t('integrations.secret.body')}
      />
      {secret !== null && (
        <Typography.Paragraph>
          <Typography.Text code copyable className="integrations__secret">
            {secret}
          </Typography.Text>
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
