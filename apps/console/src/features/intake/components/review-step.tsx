import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Result, Space } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { describeActionError } from '../../applications/actions/action-error.ts';
import { applicationKeys } from '../../applications/queries.ts';
import { ApiError } from '../../../lib/http.ts';
import { printPdf, serverUrl } from '../../../lib/print-pdf.ts';
import { dossierHref } from '../../../layout/routes.ts';
import type { ProcedureDetail } from '../../procedures/types.ts';
import { recordWalkIn } from '../api.ts';
import type { WalkInRecorded } from '../types.ts';
import { pointerLabel, walkInBody, type WalkInDraft } from '../walk-in-body.ts';

interface ReviewStepProps {
  draft: WalkInDraft;
  /** The wizard's key maker, so a step back and forth keeps the key of an unchanged dossier. */
  keyFor: (command: unknown) => string;
  procedure: ProcedureDetail;
  deskName: string;
  onBack: () => void;
  onRestart: () => void;
}

function Recorded({ recorded, onRestart }: { recorded: WalkInRecorded; onRestart: () => void }) {
  const { t } = useI18n();
  const receipt = serverUrl(recorded.receiptUrl);
  return (
    <Result
      status="success"
      title={t('intake.recorded', { code: recorded.state.code })}
      subTitle={t('intake.recordedHelp', { key: recorded.lookupKey })}
      extra={
        <Space wrap>
          <Button type="primary" onClick={() => printPdf(receipt)}>
            {t('action.print.receipt')}
          </Button>
          <Button href={receipt} target="_blank" rel="noreferrer">
            {t('intake.viewReceipt')}
          </Button>
          <Button href={dossierHref(recorded.state.code)}>{t('intake.openDossier')}</Button>
          <Button onClick={onRestart}>{t('intake.another')}</Button>
        </Space>
      }
    />
  );
}

function FailureAlert({ error, draft }: { error: unknown; draft: WalkInDraft }) {
  const { t } = useI18n();
  const view = describeActionError(error);
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="intake__alert"
      title={detail ?? t(view.message)}
      description={
        fields.length > 0 ? (
          <ul className="intake__errors">
            {fields.map((field) => (
              <li key={field.pointer}>
                {pointerLabel(draft.formSchema, field.pointer)}: {field.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** Step 4: check, then record and accept the dossier at once; the receipt prints while the citizen waits. */
export function ReviewStep({ draft, keyFor, procedure, deskName, onBack, onRestart }: ReviewStepProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const body = walkInBody(draft);
  const mutation = useMutation({
    mutationFn: () => recordWalkIn(body, keyFor(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.inboxes() }),
  });

  if (mutation.isSuccess) return <Recorded recorded={mutation.data} onRestart={onRestart} />;
  const caseName = procedure.cases.find((item) => item.key === draft.caseKey)?.name ?? draft.caseKey;
  return (
    <section aria-label={t('intake.step.review')}>
      {mutation.isError && <FailureAlert error={mutation.error} draft={draft} />}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'procedure', label: t('dossier.procedure'), children: `${procedure.code} — ${procedure.name}` },
          { key: 'case', label: t('dossier.case'), children: caseName },
          { key: 'desk', label: t('intake.desk'), children: deskName },
          { key: 'applicant', label: t('dossier.applicant'), children: body.applicant.fullName },
          { key: 'phone', label: t('dossier.phone'), children: body.applicant.phone },
          { key: 'scans', label: t('intake.scans'), children: String(body.attachments.length) },
        ]}
      />
      <Space className="button-row">
        <Button onClick={onBack} disabled={mutation.isPending}>
          {t('intake.back')}
        </Button>
        <Button type="primary" loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('intake.accept')}
        </Button>
      </Space>
    </section>
  );
}
