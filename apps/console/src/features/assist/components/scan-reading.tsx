import type { FieldProposal } from '@motcua/contracts';
import { Alert, Space, Spin, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useScanReading } from '../queries.ts';
import { ProposalList, type ApplicantFields } from './proposal-list.tsx';

interface ScanReadingProps {
  uploadId: string;
  token: string;
  applicant: ApplicantFields;
  onUse: (proposal: FieldProposal) => void;
}

/**
 * Under a scan made at the desk: "not the document asked for" if the server says so, and the
 * fields it read from an ID card, for the officer to take over one by one into the applicant.
 */
export function ScanReading({ uploadId, token, applicant, onUse }: ScanReadingProps) {
  const { t } = useI18n();
  const reading = useScanReading(uploadId, token);
  const data = reading.data;
  if (!data || data.status === 'none' || data.status === 'failed') return null;
  if (data.status === 'pending') {
    return (
      <Space size={6}>
        <Spin size="small" />
        <Typography.Text type="secondary">{t('assist.reading')}</Typography.Text>
      </Space>
    );
  }
  const wrong = data.quality.issues.find((issue) => issue.code === 'wrong_document');
  return (
    <Space orientation="vertical" size={6} className="assist__scan">
      {wrong && <Alert type="warning" showIcon title={wrong.message} />}
      {data.proposals.length > 0 && (
        <>
          <Typography.Text strong>{t('assist.title')}</Typography.Text>
          <Typography.Text type="secondary">{t('assist.intro')}</Typography.Text>
          <ProposalList proposals={data.proposals} applicant={applicant} onUse={onUse} />
        </>
      )}
    </Space>
  );
}
