import { Alert, Button, Drawer, Skeleton } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { useProcedureDetail } from '../queries.ts';
import { ProcedureDetailView } from './procedure-detail.tsx';

interface ProcedureDrawerProps {
  code: string | null;
  /** Shown while the detail loads, so the drawer has a title at once. */
  name: string | undefined;
  onClose: () => void;
}

export function ProcedureDrawer({ code, name, onClose }: ProcedureDrawerProps) {
  const { t } = useI18n();
  const detail = useProcedureDetail(code);

  return (
    <Drawer open={code !== null} size="large" title={detail.data?.name ?? name} onClose={onClose} destroyOnHidden>
      {detail.isPending && code !== null && <Skeleton active />}
      {detail.isError && (
        <Alert
          type="error"
          showIcon
          title={t(errorMessageKey(detail.error))}
          action={
            <Button
              size="small"
              onClick={() => {
                void detail.refetch();
              }}
            >
              {t('error.retry')}
            </Button>
          }
        />
      )}
      {detail.data && <ProcedureDetailView procedure={detail.data} />}
    </Drawer>
  );
}
