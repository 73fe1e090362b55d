import { App as AntApp, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { problemText } from '../../../lib/error-message.ts';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
import { isCancellable } from '../progress.ts';
import { useCancelBroadcast } from '../queries.ts';
import type { Broadcast } from '../types.ts';

/**
 * "Huỷ" for a broadcast still waiting or going out, after the officer confirms in a dialog. The
 * dialog is rendered in place (not `modal.confirm`) so it takes the console's accessible colours.
 */
export function CancelBroadcastButton({ broadcast, size }: { broadcast: Broadcast; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [asking, setAsking] = useState(false);
  const cancel = useCancelBroadcast();
  const keyFor = useIdempotencyKey();
  if (!isCancellable(broadcast.status) && !asking) return null;

  const confirm = () => {
    cancel.mutate(
      { id: broadcast.id, key: keyFor({ cancel: broadcast.id }) },
      {
        onSuccess: () => void message.success(t('broadcasts.cancelled')),
        // Already sent or cancelled meanwhile (409): say so; the refreshed list shows the new state.
        onError: (error) => void message.error(problemText(error, t)),
        onSettled: () => {
          setAsking(false);
        },
      },
    );
  };
  return (
    <>
      {isCancellable(broadcast.status) && (
        <Button
          danger
          size={size}
          loading={cancel.isPending}
          onClick={() => {
            setAsking(true);
          }}
          aria-label={t('broadcasts.cancelNamed', { title: broadcast.title })}
        >
          {t('broadcasts.cancel')}
        </Button>
      )}
      <Modal
        open={asking}
        title={t('broadcasts.cancelTitle', { title: broadcast.title })}
        okText={t('broadcasts.cancelOk')}
        okButtonProps={{ danger: true }}
        cancelText={t('broadcasts.cancelKeep')}
        confirmLoading={cancel.isPending}
        onOk={confirm}
        onCancel={() => {
          setAsking(false);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('broadcasts.cancelBody')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
