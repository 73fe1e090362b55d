import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { documentsAsked, filesOnBehalf, missingDocuments } from '../../procedures/document-need.ts';
import type { DraftAttachment } from '../draft.ts';
import { useSession } from '../../account/session-context.tsx';
import { hasAnswer } from '../../eform/conditions.ts';
import { prefillContact } from '../contact-form.ts';
import { applyProposal } from '../id-card-proposals.ts';
import { DocumentCard } from './document-card.tsx';
import { StepActions } from './step-actions.tsx';
import type { StepProps } from './step-props.ts';

/** The API takes at most 40 files per dossier. */
const MAX_FILES = 40;

interface DocumentsStepProps extends StepProps {
  /** The server's word on documents (missing, expired upload), by document key. */
  serverErrors: Readonly<Record<string, string>>;
}

/** A photo (or PDF) of each document of the chosen case, checked on the server as it arrives. */
export function DocumentsStep({ procedure, draft, change, goTo, serverErrors }: DocumentsStepProps) {
  const { t } = useI18n();
  const { profile } = useSession();
  const documents = documentsAsked(procedure, draft.caseKey, filesOnBehalf(draft.contact));
  const [checked, setChecked] = useState(false);
  const missing = missingDocuments(
    documents,
    draft.attachments.map((a) => a.documentKey),
  );

  const setPages = (apply: (pages: DraftAttachment[]) => DraftAttachment[]) =>
    change((d) => ({ ...d, attachments: apply(d.attachments) }));

  return (
    <>
      <p className="intro">{t('photo.intro')}</p>
      {documents.length === 0 && <p className="intro">{t('photo.none')}</p>}
      <div className="docs">
        {documents.map((requirement) => {
          const needed = checked && missing.some((m) => m.key === requirement.key) ? t('photo.missing') : undefined;
          return (
            <DocumentCard
              key={requirement.key}
              document={requirement}
              pages={draft.attachments.filter((a) => a.documentKey === requirement.key)}
              error={needed ?? serverErrors[requirement.key]}
              canAddMore={draft.attachments.length < MAX_FILES}
              onUploaded={(page, replacing) =>
                setPages((pages) =>
                  replacing === null ? [...pages, page] : pages.map((p) => (p.id === replacing ? page : p)),
                )
              }
              onKeep={(id) => setPages((pages) => pages.map((p) => (p.id === id ? { ...p, issuesAccepted: true } : p)))}
              procedureCode={procedure.code}
              onRead={(id, reading) =>
                setPages((pages) =>
                  pages.map((p) =>
                    p.id === id
                      ? {
                          ...p,
                          issues: reading.quality.issues,
                          proposals: reading.proposals,
                          // A new warning (not the document asked for) is shown even if the old ones were kept.
                          issuesAccepted:
                            p.issuesAccepted === true &&
                            reading.quality.issues.every((i) => p.issues.some((q) => q.code === i.code)),
                        }
                      : p,
                  ),
                )
              }
              contact={draft.contact}
              onAcceptProposal={(proposal) =>
                change((d) => {
                  // The contact step prefills only blank answers: start from what it would have shown.
                  const contact = hasAnswer(d.contact) ? d.contact : prefillContact(d.form, profile?.phone ?? null);
                  return { ...d, contact: applyProposal(contact, proposal) };
                })
              }
              onRemove={(id) => setPages((pages) => pages.filter((p) => p.id !== id))}
            />
          );
        })}
      </div>
      <StepActions
        onBack={() => goTo('form')}
        onNext={() => {
          setChecked(true);
          const first = missing[0];
          if (!first) {
            goTo('contact');
            return;
          }
          document.getElementById(`document-${first.key}`)?.focus();
        }}
      />
    </>
  );
}
