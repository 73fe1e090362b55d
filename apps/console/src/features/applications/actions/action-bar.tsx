import { actionLabel } from '@motcua/workflow';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { DossierDetail } from '../types.ts';
import { actionSpecs, isOfficerAction, type OfficerAction } from './action-config.ts';
import { ActionModal } from './action-modal.tsx';

/**
 * One button per action the server allows this officer on this dossier (`allowedActions`, the
 * shared workflow table applied to the officer's roles and the dossier's unit).
 */
export function ActionBar({ dossier, onReload }: { dossier: DossierDetail; onReload: () => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<OfficerAction | null>(null);
  const available = dossier.allowedActions.filter(isOfficerAction);

  // The modal stays open after its action, even when no action is left, to offer the form to print.
  return (
    <>
      {available.length === 0 && <Typography.Text type="secondary">{t('action.none')}</Typography.Text>}
      <Space wrap className="action-bar" role="group" aria-label={t('action.group')}>
        {available.map((action, index) => (
          <Button
            key={action}
            type={index === 0 && actionSpecs[action].danger !== true ? 'primary' : 'default'}
            danger={actionSpecs[action].danger}
            onClick={() => {
              setOpen(action);
            }}
          >
            {actionLabel(action, lang)}
          </Button>
        ))}
      </Space>
      {open !== null && (
        <ActionModal
          key={open}
          dossier={dossier}
          action={open}
          onReload={onReload}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
