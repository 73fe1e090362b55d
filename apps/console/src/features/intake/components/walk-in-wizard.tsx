import { Steps } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key.ts';
import { useOfficer } from '../../auth/session.ts';
import type { ProcedureDetail } from '../../procedures/types.ts';
import type { AttachedScan } from '../types.ts';
import { documentsToScan, type ApplicantValues } from '../walk-in-body.ts';
import { ApplicantStep } from './applicant-step.tsx';
import { ProcedureStep, type ProcedureChoice } from './procedure-step.tsx';
import { ReviewStep } from './review-step.tsx';
import { ScansStep } from './scans-step.tsx';
import { withProposal } from '../../assist/fields.ts';

interface Draft {
  step: number;
  choice: ProcedureChoice;
  procedure: ProcedureDetail | null;
  applicant: ApplicantValues;
  formValues: Record<string, unknown>;
  scans: AttachedScan[];
}

const empty: Draft = { step: 0, choice: {}, procedure: null, applicant: {}, formValues: {}, scans: [] };

/**
 * Counter intake for a walk-in citizen: procedure and case, applicant and e-form, scans, then one
 * click records and accepts the dossier and the receipt (Mẫu 01, A5) prints.
 */
export function WalkInWizard() {
  const { t } = useI18n();
  const officer = useOfficer();
  const keyFor = useIdempotencyKey();
  const [draft, setDraft] = useState<Draft>(empty);
  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const { procedure, choice } = draft;
  const caseDocuments = procedure?.cases.find((item) => item.key === choice.caseKey)?.documents ?? [];
  const documents = documentsToScan(caseDocuments, procedure?.form !== undefined);
  const deskName = officer?.roles.find((grant) => grant.unitEid === choice.unitEid)?.unitName ?? choice.unitEid ?? '';

  return (
    <div className="intake__wizard">
      <Steps
        current={draft.step}
        className="intake__steps"
        items={[
          { title: t('intake.step.procedure') },
          { title: t('intake.step.applicant') },
          { title: t('intake.step.scans') },
          { title: t('intake.step.review') },
        ]}
      />
      {draft.step === 0 && (
        <ProcedureStep
          value={choice}
          onNext={(next, detail) => {
            const changed = next.procedureCode !== choice.procedureCode || next.caseKey !== choice.caseKey;
            update({ step: 1, choice: next, procedure: detail, ...(changed && { formValues: {}, scans: [] }) });
          }}
        />
      )}
      {draft.step === 1 && procedure && (
        <ApplicantStep
          procedure={procedure}
          applicant={draft.applicant}
          formValues={draft.formValues}
          onBack={(applicant, formValues) => update({ step: 0, applicant, formValues })}
          onNext={(applicant, formValues) => update({ step: 2, applicant, formValues })}
        />
      )}
      {draft.step === 2 && procedure && (
        <ScansStep
          procedureCode={procedure.code}
          documents={documents}
          applicant={draft.applicant}
          onUseProposal={(proposal) =>
            setDraft((current) => ({ ...current, applicant: withProposal(current.applicant, proposal) }))
          }
          scans={draft.scans}
          onAdd={(scan) => setDraft((current) => ({ ...current, scans: [...current.scans, scan] }))}
          onRemove={(scan) =>
            setDraft((current) => ({ ...current, scans: current.scans.filter((item) => item !== scan) }))
          }
          onBack={() => update({ step: 1 })}
          onNext={() => update({ step: 3 })}
        />
      )}
      {draft.step === 3 && procedure && choice.procedureCode && choice.caseKey && choice.unitEid && (
        <ReviewStep
          draft={{
            procedureCode: choice.procedureCode,
            caseKey: choice.caseKey,
            unitEid: choice.unitEid,
            applicant: draft.applicant,
            formSchema: procedure.form?.schema ?? null,
            formValues: draft.formValues,
            scans: draft.scans,
          }}
          keyFor={keyFor}
          procedure={procedure}
          deskName={deskName}
          onBack={() => update({ step: 2 })}
          onRestart={() => setDraft(empty)}
        />
      )}
    </div>
  );
}
