import { Alert, Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { hrefFor } from '../../../layout/routes.ts';
import { lastInboxHref } from '../../../layout/use-screen.ts';
import { ActionBar } from '../actions/action-bar.tsx';
import { useDossier } from '../queries.ts';
import type { DossierDetail } from '../types.ts';
import { DossierReadings } from '../../assist/components/dossier-readings.tsx';
import { DocumentsPanel } from './documents-panel.tsx';
import { DossierSummary } from './dossier-summary.tsx';
import { FormDataView } from './form-data-view.tsx';
import { HandoffsPanel } from './handoffs-panel.tsx';
import { PrintableForms } from './printable-forms.tsx';
import { StatusTag } from './status-tag.tsx';
import { TimelinePanel } from './timeline-panel.tsx';
import '../applications.css';

function SupplementNotice({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const request = dossier.supplementRequest;
  if (request === null || dossier.statusKey !== 'supplement_requested') return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="dossier__notice"
      title={t('dossier.supplementWaiting')}
      description={
        <>
          <ul className="dossier__items">
            {request.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {request.note && <div>{request.note}</div>}
        </>
      }
    />
  );
}

function DossierView({ dossier, onReload }: { dossier: DossierDetail; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <Space wrap align="center" className="dossier__status">
        <StatusTag status={dossier.statusKey} subStatus={dossier.subStatus} />
        {dossier.overdue && <Tag color="red">{t('dossier.overdue')}</Tag>}
      </Space>
      <SupplementNotice dossier={dossier} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('dossier.summary')} size="small">
            <DossierSummary dossier={dossier} />
          </Card>
          <Card title={t('dossier.formTitle')} size="small" className="dossier__card">
            <FormDataView dossier={dossier} />
          </Card>
          <Card title={t('documents.title')} size="small" className="dossier__card">
            <DocumentsPanel code={dossier.code} documents={dossier.documents} />
          </Card>
          <DossierReadings
            code={dossier.code}
            applicant={dossier.applicant}
            documentNames={Object.fromEntries(dossier.documents.map((d) => [d.documentKey, d.documentName]))}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('action.title')} size="small">
            <ActionBar dossier={dossier} onReload={onReload} />
          </Card>
          <Card title={t('forms.title')} size="small" className="dossier__card">
            <PrintableForms forms={dossier.forms} />
          </Card>
          <Card title={t('timeline.title')} size="small" className="dossier__card">
            <TimelinePanel events={dossier.timeline} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('handoffs.title')} size="small">
            <HandoffsPanel handoffs={dossier.handoffs} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** One dossier: everything an officer needs to decide, and the actions they may take. */
export function DossierPage({ code }: { code: string }) {
  const { t } = useI18n();
  const dossier = useDossier(code);
  const reload = () => {
    void dossier.refetch();
  };

  return (
    <section aria-labelledby="dossier-title" className="dossier">
      <Button type="link" href={lastInboxHref(hrefFor('applications'))} className="dossier__back">
        {t('dossier.back')}
      </Button>
      <Typography.Title id="dossier-title" level={1} className="page-title">
        {t('dossier.title', { code })}
      </Typography.Title>
      {dossier.isPending && <Skeleton active />}
      {dossier.isError && (
        <Alert
          type="error"
          showIcon
          title={t(errorMessageKey(dossier.error))}
          action={
            <Button size="small" onClick={reload}>
              {t('error.retry')}
            </Button>
          }
        />
      )}
      {dossier.data && <DossierView dossier={dossier.data} onReload={reload} />}
    </section>
  );
}
