import type { ProcedureDetail } from '../../procedures/types.ts';
import type { Draft, FilingStep } from '../draft.ts';

export interface StepProps {
  procedure: ProcedureDetail;
  draft: Draft;
  change: (apply: (draft: Draft) => Draft) => void;
  goTo: (step: FilingStep) => void;
}
