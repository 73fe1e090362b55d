import { Card, Space, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useDossierReadings } from '../queries.ts';
import { ProposalList, type ApplicantFields } from './proposal-list.tsx';

interface DossierReadingsProps {
  code: string;
  applicant: ApplicantFields;
  /** The document names by key, to say which photo each reading is of. */
  documentNames: Readonly<Record<string, string>>;
}

/**
 * In the dossier view: what was read from the dossier's ID-card photos, compared with the
 * applicant's details the dossier carries, so the officer confirms them against the card (or
 * sees what differs). Shown only when something was read; the server logs each read.
 */
export function DossierReadings({ code, applicant, documentNames }: DossierReadingsProps) {
  const { t } = useI18n();
  const readings = useDossierReadings(code);
  const items = (readings.data?.items ?? []).filter((item) => item.proposals.length > 0);
  if (items.length === 0) return null;
  return (
    <Card title={t('assist.dossierTitle')} size="small" className="dossier__card">
      <Space orientation="vertical" size={12} className="assist__dossier">
        <Typography.Text type="secondary">{t('assist.dossierIntro')}</Typography.Text>
        {items.map((item) => (
          <Space key={item.uploadId} orientation="vertical" size={4}>
            <Typography.Text strong>{documentNames[item.documentKey] ?? item.documentKey}</Typography.Text>
            <ProposalList proposals={item.proposals} applicant={applicant} />
          </Space>
        ))}
      </Space>
    </Card>
  );
}
