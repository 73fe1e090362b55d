import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';

interface StepActionsProps {
  onBack?: () => void;
  onNext: () => void;
  nextLabel?: string;
  busy?: boolean;
}

/** "Quay lại" and "Tiếp tục" at the foot of a step, thumb-reachable and full width on a phone. */
export function StepActions({ onBack, onNext, nextLabel, busy = false }: StepActionsProps) {
  const { t } = useI18n();
  return (
    <div className="step-actions">
      {onBack && (
        <Button variant="secondary" htmlType="button" onClick={onBack} disabled={busy}>
          {t('filing.back')}
        </Button>
      )}
      <Button htmlType="button" onClick={onNext} loading={busy} disabled={busy}>
        {nextLabel ?? t('filing.next')}
      </Button>
    </div>
  );
}
