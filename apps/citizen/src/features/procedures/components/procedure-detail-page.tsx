import './detail.css';
import { useState, type ReactNode } from 'react';
import { Box, Button, Page, Text, useNavigate, useParams } from 'zmp-ui';
import { AppBar } from '../../../components/app-bar.tsx';
import { ShareIcon } from '../../../components/icons.tsx';
import { Loading, RequestError } from '../../../components/request-status.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { usePlatform } from '../../../platform/platform-context.tsx';
import type { ShareOutcome } from '../../../platform/platform.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useDrafts } from '../../filing/drafts-context.tsx';
import { procedureLink } from '../deep-link.ts';
import { canFileOnline, type ProcedureDetail } from '../types.ts';
import { useProcedure } from '../use-procedure.ts';
import { CaseDocuments } from './case-documents.tsx';
import { ChannelRules } from './channel-rules.tsx';
import { ProcedureFacts } from './procedure-facts.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ShareButton({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={t('procedure.share')}
        onClick={() => {
          void platform.share({ title: procedure.name, url: procedureLink(procedure.code) }).then(setOutcome);
        }}
      >
        <ShareIcon />
      </button>
      <span className="visually-hidden" role="status">
        {outcome === 'copied' ? t('procedure.shared') : ''}
      </span>
    </>
  );
}

/** "Nộp hồ sơ": starts a draft on this device, or resumes one already started for the procedure. */
function FileActions({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { drafts, ready, create } = useDrafts();
  if (!canFileOnline(procedure)) {
    return <p className="notice">{t('procedure.notOnline')}</p>;
  }
  const started = drafts.filter((d) => d.procedureCode === procedure.code);
  return (
    <div className="file-actions">
      {started.map((draft) => (
        <Button key={draft.id} variant="secondary" fullWidth onClick={() => navigate(paths.draft(draft.id))}>
          {t('procedure.resumeDraft', { date: formatDate(draft.updatedAt) })}
        </Button>
      ))}
      <Button
        fullWidth
        disabled={!ready}
        onClick={() => {
          const id = create({
            code: procedure.code,
            name: procedure.name,
            caseKeys: procedure.cases.map((c) => c.key),
          });
          navigate(paths.draft(id));
        }}
      >
        {t('procedure.file')}
      </Button>
    </div>
  );
}

function ProcedureBody({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const channels = procedure.channels ?? [];
  const conditions = procedure.conditions ?? [];
  const legalBasis = procedure.legalBasis ?? [];
  return (
    <Box className="content" p={4}>
      <ProcedureFacts procedure={procedure} />
      <FileActions procedure={procedure} />
      <Section id="cases" title={t('procedure.cases')}>
        <CaseDocuments cases={procedure.cases} />
      </Section>
      {channels.length > 0 && (
        <Section id="channels" title={t('procedure.channels')}>
          <ChannelRules channels={channels} />
        </Section>
      )}
      {conditions.length > 0 && (
        <Section id="conditions" title={t('procedure.conditions')}>
          <ul className="plain-list">
            {conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </Section>
      )}
      {legalBasis.length > 0 && (
        <Section id="legal-basis" title={t('procedure.legalBasis')}>
          <ul className="plain-list">
            {legalBasis.map((basis) => (
              <li key={basis.code}>
                <Text size="small" bold>
                  {basis.code}
                </Text>{' '}
                <Text size="small">{basis.name}</Text>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Box>
  );
}

/** One procedure: documents per case, time limit and fee per channel, legal basis. Loaded lazily. */
export function ProcedureDetailPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const result = useProcedure(code);

  switch (result.status) {
    case 'loading':
      return (
        <Page className="page">
          <AppBar title={t('app.title')} showBack />
          <Loading label={t('procedure.loading')} />
        </Page>
      );
    case 'error':
      return (
        <Page className="page">
          <AppBar title={t('app.title')} showBack />
          <Box p={4}>
            <RequestError error={result.error} onRetry={result.retry} />
          </Box>
        </Page>
      );
    case 'success':
      return (
        <Page className="page">
          <AppBar title={result.data.name} showBack actions={<ShareButton procedure={result.data} />} />
          <ProcedureBody procedure={result.data} />
        </Page>
      );
  }
}
