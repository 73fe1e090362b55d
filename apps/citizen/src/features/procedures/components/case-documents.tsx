import { List, Text } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { DocumentRequirement, ProcedureCase } from '../types.ts';

function DocumentItem({ document }: { document: DocumentRequirement }) {
  const { t } = useI18n();
  const counts = [t('procedure.originals', { n: document.originals }), t('procedure.copies', { n: document.copies })];
  return (
    <List.Item
      title={document.name}
      subTitle={counts.join(' · ')}
      suffix={
        <span className={document.required ? 'badge badge--required' : 'badge'}>
          {t(document.required ? 'procedure.required' : 'procedure.optional')}
        </span>
      }
    >
      {document.note && <Text size="xSmall">{document.note}</Text>}
    </List.Item>
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
          <List noSpacing>
            {procedureCase.documents.map((document) => (
              <DocumentItem key={document.key} document={document} />
            ))}
          </List>
        </div>
      ))}
    </>
  );
}
