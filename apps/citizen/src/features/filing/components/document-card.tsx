import './document-card.css';
import type { DocumentReading, FieldProposal, UploadQualityIssue } from '@motcua/contracts';
import { Button, Spinner } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { MessageKey } from '../../../i18n/translate.ts';
import { errorText } from '../../../lib/error-message.ts';
import { usePlatform } from '../../../platform/platform-context.tsx';
import type { FormValue } from '../../eform/form-data.ts';
import type { DocumentRequirement } from '../../procedures/types.ts';
import type { DraftAttachment } from '../draft.ts';
import { useDocumentUpload } from '../use-document-upload.ts';
import { IdCardSuggestion } from './id-card-suggestion.tsx';

/** Most documents fit on a few pages; the dossier as a whole is capped at 40 files by the API. */
export const MAX_PAGES_PER_DOCUMENT = 10;

const issueKeys: Record<string, MessageKey> = {
  too_small: 'photo.issue.too_small',
  blurry: 'photo.issue.blurry',
  too_dark: 'photo.issue.too_dark',
  too_bright: 'photo.issue.too_bright',
  blank: 'photo.issue.blank',
  wrong_document: 'photo.issue.wrong_document',
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

interface PageProps {
  page: DraftAttachment;
  number: number;
  documentName: string;
  busy: boolean;
  onRetake: () => void;
  onKeep: () => void;
  onRemove: () => void;
}

function IssueList({ issues }: { issues: readonly UploadQualityIssue[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="photo__issues">
      {issues.map((issue) => {
        const key = issueKeys[issue.code];
        // The server words its warnings in Vietnamese; in English the app's own words are used.
        const text = lang === 'vi' && issue.message !== '' ? issue.message : key ? t(key) : issue.message;
        return <li key={issue.code}>{text}</li>;
      })}
    </ul>
  );
}

function Page({ page, number, documentName, busy, onRetake, onKeep, onRemove }: PageProps) {
  const { t } = useI18n();
  const warn = page.issues.length > 0 && page.issuesAccepted !== true;
  const label = t('photo.pageOf', { n: number, name: documentName });
  return (
    <li className={warn ? 'photo photo--warn' : 'photo'} aria-label={label}>
      {page.thumbnail ? (
        <img className="photo__thumb" src={page.thumbnail} alt={label} />
      ) : (
        <span className="photo__thumb photo__thumb--file" aria-hidden="true">
          {page.contentType === 'application/pdf' ? 'PDF' : 'JPG'}
        </span>
      )}
      <div className="photo__body">
        <span className="photo__name">{t('photo.page', { n: number })}</span>
        <span className="photo__size">{sizeText(page.size)}</span>
        {warn && (
          <div className="photo__warning" role="status">
            <strong>{t('photo.warningTitle')}</strong>
            <IssueList issues={page.issues} />
          </div>
        )}
        <div className="photo__actions">
          {warn && (
            <>
              <Button size="small" onClick={onRetake} disabled={busy}>
                {t('photo.retake')}
              </Button>
              <Button size="small" variant="tertiary" onClick={onKeep} disabled={busy}>
                {t('photo.keep')}
              </Button>
            </>
          )}
          <button type="button" className="text-button photo__remove" onClick={onRemove} disabled={busy}>
            {t('photo.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}

interface DocumentCardProps {
  document: DocumentRequirement;
  pages: readonly DraftAttachment[];
  error?: string;
  onUploaded: (attachment: DraftAttachment, replacing: string | null) => void;
  onKeep: (id: string) => void;
  onRemove: (id: string) => void;
  canAddMore: boolean;
  /** The procedure the photos are for: they are then checked to be this document, an ID card read. */
  procedureCode?: string;
  /** The server's later check of a page (and the fields read from an ID card). */
  onRead?: (pageId: string, reading: DocumentReading) => void;
  /** With both, fields read from an ID card are offered for the contact step, one by one. */
  contact?: FormValue;
  onAcceptProposal?: (proposal: FieldProposal) => void;
}

/** One document of the dossier: its pages, their photo check, and the buttons to add or retake. */
export function DocumentCard(props: DocumentCardProps) {
  const { document, pages, error, onUploaded, onKeep, onRemove, canAddMore, onRead } = props;
  const { t, lang } = useI18n();
  const platform = usePlatform();
  const { state, pick } = useDocumentUpload(
    { procedureCode: props.procedureCode, documentKey: document.key },
    { onUploaded, ...(onRead ? { onRead } : {}) },
  );
  const busy = state.status === 'uploading';
  const headingId = `doc-${document.key}`;
  const counts = [t('procedure.originals', { n: document.originals }), t('procedure.copies', { n: document.copies })];
  return (
    <section
      className={error ? 'doc doc--invalid' : 'doc'}
      aria-labelledby={headingId}
      data-testid={`document-${document.key}`}
      tabIndex={-1}
      id={`document-${document.key}`}
    >
      <h3 id={headingId} className="doc__title">
        {document.name}{' '}
        <span className={document.required ? 'badge badge--required' : 'badge'}>
          {t(document.required ? 'procedure.required' : 'procedure.optional')}
        </span>
      </h3>
      {document.originals + document.copies > 0 && <p className="doc__hint">{counts.join(' · ')}</p>}
      {document.note && <p className="doc__hint">{document.note}</p>}
      {error && <p className="ef-error">{error}</p>}
      {pages.length > 0 && (
        <ol className="doc__pages">
          {pages.map((page, index) => (
            <Page
              key={page.id}
              page={page}
              number={index + 1}
              documentName={document.name}
              busy={busy}
              onRetake={() => void pick('camera', page.id)}
              onKeep={() => onKeep(page.id)}
              onRemove={() => onRemove(page.id)}
            />
          ))}
        </ol>
      )}
      {props.contact !== undefined &&
        props.onAcceptProposal !== undefined &&
        pages.map((page) => (
          <IdCardSuggestion
            key={`assist-${page.id}`}
            proposals={page.proposals}
            contact={props.contact ?? {}}
            onAccept={props.onAcceptProposal ?? (() => undefined)}
          />
        ))}
      <div aria-live="polite">
        {state.status === 'uploading' && (
          <p className="doc__progress" role="status">
            <Spinner visible /> {t('photo.uploading')}
          </p>
        )}
        {state.status === 'failed' && (
          <div className="ef-inline-error" role="alert">
            <span>{errorText(state.error, lang)}</span>
            <Button size="small" variant="secondary" onClick={state.retry}>
              {t('error.retry')}
            </Button>
            <Button size="small" variant="tertiary" onClick={state.dismiss}>
              {t('photo.dismiss')}
            </Button>
          </div>
        )}
      </div>
      {pages.length < MAX_PAGES_PER_DOCUMENT && canAddMore && (
        <div className="doc__add">
          <Button size="small" onClick={() => void pick('camera')} disabled={busy}>
            {pages.length === 0 ? t('photo.takePhoto') : t('photo.addPage')}
          </Button>
          <Button size="small" variant="secondary" onClick={() => void pick('gallery')} disabled={busy}>
            {platform.canPickPdf ? t('photo.pickFileOrPdf') : t('photo.pickFile')}
          </Button>
        </div>
      )}
    </section>
  );
}
