import { Button, Spinner, Text } from 'zmp-ui';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../lib/error-message.ts';

export function Loading({ label }: { label: string }) {
  return (
    <div className="request-status" role="status">
      <Spinner visible />
      <Text size="small">{label}</Text>
    </div>
  );
}

interface RequestErrorProps {
  error: unknown;
  onRetry: () => void;
  /** What to say instead of the generic message for this kind of failure. */
  message?: string;
}

export function RequestError({ error, onRetry, message }: RequestErrorProps) {
  const { t } = useI18n();
  return (
    <div className="request-status request-status--error" role="alert">
      <Text size="small">{message ?? t(errorMessageKey(error))}</Text>
      <Button size="small" variant="secondary" onClick={onRetry}>
        {t('error.retry')}
      </Button>
    </div>
  );
}
