import '../../filing/components/document-card.css';
import type { DossierReadings, FieldProposal, IdCardField } from '@motcua/contracts';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { MessageKey } from '../../../i18n/translate.ts';
import { useRequest, type RequestResult } from '../../../lib/use-request.ts';
import { SURE_CONFIDENCE } from '../../filing/id-card-proposals.ts';
import { getDossierReadings, type DossierRef } from '../api.ts';

/** The card's fields in the order the card prints them, with their labels. */
const FIELDS: readonly (readonly [IdCardField, MessageKey])[] = [
  ['idNumber', 'readings.field.idNumber'],
  ['fullName', 'readings.field.fullName'],
  ['dateOfBirth', 'readings.field.dateOfBirth'],
  ['sex', 'readings.field.sex'],
  ['nationality', 'readings.field.nationality'],
  ['placeOfOrigin', 'readings.field.placeOfOrigin'],
  ['placeOfResidence', 'readings.field.placeOfResidence'],
  ['expiryDate', 'readings.field.expiryDate'],
];

/** A photo is read within seconds of filing: ask again while one is queued, for at most 30 s. */
const POLL_MS = 2000;
const MAX_POLLS = 15;

type Item = DossierReadings['items'][number];

const isIdCard = (item: Item) => item.documentType === 'id_card';

/** Each field read from the dossier's ID-card photos once (the first photo that has it), in the card's order. */
function cardProposals(items: readonly Item[]): FieldProposal[] {
  const read = items.filter((item) => isIdCard(item) && item.status === 'done').flatMap((item) => item.proposals);
  return FIELDS.flatMap(([field]) => read.find((p) => p.field === field) ?? []);
}

function shownReadings(state: RequestResult<DossierReadings>): DossierReadings | undefined {
  if (state.status === 'success') return state.data;
  return state.previous;
}

/**
 * "Thông tin đọc từ ảnh thẻ căn cước": what the server read from the ID-card photo of a filed
 * dossier (asked with the dossier's key), offered for the citizen to check against her card. The
 * values are only proposals: nothing in the dossier is changed by them, and uncertain ones say so.
 */
export function IdCardReadings({ dossier }: { dossier: DossierRef }) {
  const { t } = useI18n();
  const readings = useRequest(`readings:${dossier.tenant}:${dossier.code}:${dossier.key}`, (signal) =>
    getDossierReadings(dossier, signal),
  );
  const data = shownReadings(readings);
  const waiting = data?.items.some((item) => isIdCard(item) && item.status === 'pending') ?? false;
  const polls = useRef(0);
  const { retry } = readings;
  useEffect(() => {
    if (!waiting || readings.status !== 'success' || polls.current >= MAX_POLLS) return undefined;
    const timer = setTimeout(() => {
      polls.current += 1;
      retry();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, readings.status, retry]);

  const proposals = data ? cardProposals(data.items) : [];
  if (proposals.length === 0) return null;
  const label = (field: IdCardField) => t(FIELDS.find(([f]) => f === field)?.[1] ?? 'readings.field.idNumber');
  return (
    <section className="card" aria-labelledby="readings-title" data-testid="id-card-readings">
      <h2 id="readings-title" className="section__title">
        {t('readings.title')}
      </h2>
      <p className="assist__intro">{t('readings.intro')}</p>
      <ul className="assist__list">
        {proposals.map((proposal) => (
          <li key={proposal.field} className="assist__item">
            <span className="assist__label">{label(proposal.field)}</span>
            <span className="assist__value">{proposal.value}</span>
            {proposal.confidence < SURE_CONFIDENCE && <span className="assist__unsure">{t('assist.unsure')}</span>}
          </li>
        ))}
      </ul>
      <p className="assist__intro">{t('readings.differs')}</p>
    </section>
  );
}
