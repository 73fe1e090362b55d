import type { FieldProposal, IdCardField } from '@motcua/contracts';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { MessageKey } from '../../../i18n/translate.ts';
import type { FormValue } from '../../eform/form-data.ts';
import { isApplied, SURE_CONFIDENCE, usableProposals } from '../id-card-proposals.ts';

const fieldLabels: Partial<Record<IdCardField, MessageKey>> = {
  fullName: 'assist.field.fullName',
  idNumber: 'assist.field.idNumber',
  placeOfResidence: 'assist.field.placeOfResidence',
};

interface IdCardSuggestionProps {
  proposals: readonly FieldProposal[] | undefined;
  contact: FormValue;
  onAccept: (proposal: FieldProposal) => void;
}

/**
 * "Điền từ ảnh CCCD?": what the server read from the ID card, offered field by field. Nothing is
 * filled in until the citizen taps "Dùng" for that field; uncertain readings say so.
 */
export function IdCardSuggestion({ proposals, contact, onAccept }: IdCardSuggestionProps) {
  const { t } = useI18n();
  const usable = usableProposals(proposals);
  if (usable.length === 0) return null;
  return (
    <section className="assist" aria-labelledby="assist-title">
      <h4 id="assist-title" className="assist__title">
        {t('assist.title')}
      </h4>
      <p className="assist__intro">{t('assist.intro')}</p>
      <ul className="assist__list">
        {usable.map((proposal) => {
          const label = t(fieldLabels[proposal.field] ?? 'assist.field.fullName');
          const applied = isApplied(contact, proposal);
          return (
            <li key={proposal.field} className="assist__item">
              <span className="assist__label">{label}</span>
              <span className="assist__value">{proposal.value}</span>
              {proposal.confidence < SURE_CONFIDENCE && <span className="assist__unsure">{t('assist.unsure')}</span>}
              {applied ? (
                <span className="assist__done">{t('assist.used')}</span>
              ) : (
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => onAccept(proposal)}
                  aria-label={`${t('assist.use')}: ${label}`}
                >
                  {t('assist.use')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
