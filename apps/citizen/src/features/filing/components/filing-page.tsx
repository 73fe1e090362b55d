import './filing.css';
import { useCallback, useState } from 'react';
import { Box, Button, Page, useNavigate, useParams } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { Loading, RequestError } from '../../../components/request-status.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { FieldProblem } from '../../../lib/http.ts';
import { paths } from '../../../paths.ts';
import type { ProcedureDetail } from '../../procedures/types.ts';
import { useProcedure } from '../../procedures/use-procedure.ts';
import type { Draft, FilingStep } from '../draft.ts';
import { useDrafts } from '../drafts-context.tsx';
import type { Rejection } from '../submission.ts';
import { CaseStep } from './case-step.tsx';
import { ContactStep } from './contact-step.tsx';
import { DocumentsStep } from './documents-step.tsx';
import { FormStep } from './form-step.tsx';
import { ReviewStep } from './review-step.tsx';
import { StepHeader } from './step-header.tsx';

const noProblems: readonly FieldProblem[] = [];
const noDocumentProblems: Readonly<Record<string, string>> = {};

function stepsFor(procedure: ProcedureDetail): FilingStep[] {
  const all: FilingStep[] = ['case', 'form', 'documents', 'contact', 'review'];
  return procedure.cases.length > 1 ? all : all.filter((s) => s !== 'case');
}

function Wizard({ procedure, draft }: { procedure: ProcedureDetail; draft: Draft }) {
  const { change: changeDraft } = useDrafts();
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const steps = stepsFor(procedure);
  // A submission with an unknown outcome keeps the citizen on the review, where it can be resent.
  const step: FilingStep = draft.pending ? 'review' : steps.includes(draft.step) ? draft.step : (steps[0] ?? 'form');
  const change = useCallback((apply: (d: Draft) => Draft) => changeDraft(draft.id, apply), [changeDraft, draft.id]);
  const goTo = useCallback((next: FilingStep) => change((d) => ({ ...d, step: next })), [change]);
  const onRejected = useCallback(
    (next: Rejection) => {
      setRejection(next);
      goTo(next.step);
    },
    [goTo],
  );
  const props = { procedure, draft, change, goTo };
  return (
    <>
      <StepHeader steps={steps} current={step} />
      {step === 'case' && <CaseStep {...props} />}
      {step === 'form' && <FormStep {...props} serverErrors={rejection?.form ?? noProblems} />}
      {step === 'documents' && <DocumentsStep {...props} serverErrors={rejection?.documents ?? noDocumentProblems} />}
      {step === 'contact' && <ContactStep {...props} serverErrors={rejection?.contact ?? noProblems} />}
      {step === 'review' && <ReviewStep {...props} onRejected={onRejected} />}
    </>
  );
}

function WithProcedure({ draft }: { draft: Draft }) {
  const { t } = useI18n();
  const result = useProcedure(draft.procedureCode);
  switch (result.status) {
    case 'loading':
      return <Loading label={t('procedure.loading')} />;
    case 'error':
      return <RequestError error={result.error} onRetry={result.retry} />;
    case 'success':
      return <Wizard procedure={result.data} draft={draft} />;
  }
}

/** Filing a dossier online, step by step; every answer is kept in the draft on the device. */
export function FilingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { drafts, ready } = useDrafts();
  const draft = drafts.find((d) => d.id === id);
  return (
    <Page className="page">
      <AppBar title={draft?.procedureName ?? t('filing.title')} subtitle={t('filing.title')} showBack />
      <Box className="content filing" p={4}>
        {!ready && <Loading label={t('filing.loadingDraft')} />}
        {ready && !draft && (
          <div className="request-status" role="alert">
            <p>{t('filing.draftGone')}</p>
            <Button size="small" onClick={() => navigate(paths.home)}>
              {t('filing.toHome')}
            </Button>
          </div>
        )}
        {draft && <WithProcedure draft={draft} />}
      </Box>
    </Page>
  );
}
