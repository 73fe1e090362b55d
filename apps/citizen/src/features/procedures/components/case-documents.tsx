import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { isAuthorisationLetter } from '../document-need.ts';
import type { DocumentRequirement, ProcedureCase } from '../types.ts';

/** Required, required only of someone filing for another person, or only if the citizen has it. */
function NeedBadge({ document }: { document: DocumentRequirement }) {
  const { t } = useI18n();
  if (document.required && isAuthorisationLetter(document)) {
    return <span className="badge">{t('procedure.onBehalfOnly')}</span>;
  }
  return (
    <span className={document.required ? 'badge badge--required' : 'badge'}>
      {t(document.required ? 'procedure.required' : 'procedure.optional')}
    </span>
  );
}

function DocumentItem({ document }: { document: DocumentRequirement }) {
  const { t } = useI18n();
  const counts = [t('procedure.originals', { n: document.originals }), t('procedure.copies', { n: document.copies })];
  return (
    <li className="doc-list__item">
      <span className="doc-list__text">
        <span className="doc-list__name">{document.name}</span>
        <span className="doc-list__counts">{counts.join(' · ')}</span>
        {document.note && <span className="doc-list__note">{document.note}</span>}
      </span>
      <NeedBadge document={document} />
    </li>
  );
}

/** The dossier's document list, one list per case (trường hợp) when the procedure has several. */
export function CaseDocuments({ cases }: { cases: ProcedureCase[] }) {
  const showCaseNames = cases.length > 1;
  return (
    <>
      {cases.map((procedureCase) => (
        <div key={procedureCase.key} className="case">
          {showCaseNames && <h3 className="case__name">{procedureCase.name}</h3>}
          <ul className="doc-list">
            {procedureCase.documents.map((document) => (
              <DocumentItem key={document.key} document={document} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
