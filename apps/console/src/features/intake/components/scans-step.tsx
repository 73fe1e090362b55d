import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Tag, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ApiError } from '../../../lib/http.ts';
import type { FieldProposal } from '@motcua/contracts';
import { ScanReading } from '../../assist/components/scan-reading.tsx';
import type { DocumentRequirement } from '../../procedures/types.ts';
import { uploadScan } from '../api.ts';
import type { AttachedScan } from '../types.ts';
import { missingScans, type ApplicantValues } from '../walk-in-body.ts';

interface ScansStepProps {
  procedureCode: string;
  documents: DocumentRequirement[];
  /** The applicant as typed: fields read from an ID-card scan are compared with it and taken over on click. */
  applicant: ApplicantValues;
  onUseProposal: (proposal: FieldProposal) => void;
  scans: AttachedScan[];
  onAdd: (scan: AttachedScan) => void;
  onRemove: (scan: AttachedScan) => void;
  onBack: () => void;
  onNext: () => void;
}

interface ScanListProps {
  scans: AttachedScan[];
  onRemove: (scan: AttachedScan) => void;
  applicant: ApplicantValues;
  onUseProposal: (proposal: FieldProposal) => void;
}

function ScanList({ scans, onRemove, applicant, onUseProposal }: ScanListProps) {
  return (
    <Space orientation="vertical" size={4}>
      {scans.map((scan) => (
        <Space key={scan.upload.id} orientation="vertical" size={4}>
          <ScanLine scan={scan} onRemove={onRemove} />
          <ScanReading
            uploadId={scan.upload.id}
            token={scan.upload.token}
            applicant={applicant}
            onUse={onUseProposal}
          />
        </Space>
      ))}
    </Space>
  );
}

function ScanLine({ scan, onRemove }: { scan: AttachedScan; onRemove: (scan: AttachedScan) => void }) {
  const { t } = useI18n();
  return (
    <Space wrap size={4}>
      <span>{scan.fileName}</span>
      {scan.upload.quality.ok ? (
        <Tag color="green">{t('documents.qualityOk')}</Tag>
      ) : (
        scan.upload.quality.issues.map((issue) => (
          <Tag key={issue.code} color="orange">
            {t('documents.qualityIssue', { message: issue.message })}
          </Tag>
        ))
      )}
      <Button size="small" type="link" danger onClick={() => onRemove(scan)}>
        {t('intake.removeScan', { name: scan.fileName })}
      </Button>
    </Space>
  );
}

/** Step 3: a scan or photo of each document filed, each checked by the server as it arrives. */
export function ScansStep(props: ScansStepProps) {
  const { procedureCode, documents, scans, onAdd, onRemove, onBack, onNext, applicant, onUseProposal } = props;
  const { t } = useI18n();
  const upload = useMutation({
    mutationFn: ({ file, documentKey }: { file: File; documentKey: string }) =>
      uploadScan(file, { procedureCode, documentKey }),
    onSuccess: (created, { file, documentKey }) => {
      onAdd({ documentKey, upload: created, fileName: file.name });
    },
  });
  const missing = missingScans(documents, scans);
  const failure = upload.error instanceof ApiError ? upload.error.problem.detail : undefined;

  const columns: ColumnsType<DocumentRequirement> = [
    {
      key: 'name',
      title: t('procedure.document'),
      width: '45%',
      render: (_, document) => (
        <Space orientation="vertical" size={2}>
          <span>{document.name}</span>
          {document.required && <Tag color="blue">{t('procedure.required')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'scans',
      title: t('intake.scans'),
      render: (_, document) => (
        <Space orientation="vertical">
          <ScanList
            scans={scans.filter((scan) => scan.documentKey === document.key)}
            onRemove={onRemove}
            applicant={applicant}
            onUseProposal={onUseProposal}
          />
          <Upload
            accept="image/*,application/pdf"
            showUploadList={false}
            customRequest={({ file }) => {
              if (file instanceof File) upload.mutate({ file, documentKey: document.key });
            }}
          >
            <Button
              size="small"
              aria-label={t('intake.addScan', { name: document.name })}
              loading={upload.isPending && upload.variables.documentKey === document.key}
            >
              {t('intake.addScanShort')}
            </Button>
          </Upload>
        </Space>
      ),
    },
  ];

  return (
    <section aria-label={t('intake.step.scans')}>
      {upload.isError && (
        <Alert type="error" showIcon className="intake__alert" title={t('intake.uploadFailed')} description={failure} />
      )}
      <Table<DocumentRequirement>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={documents}
        pagination={false}
      />
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="intake__alert"
          title={t('intake.missingScans')}
          description={missing.join('; ')}
        />
      )}
      <Space className="button-row">
        <Button onClick={onBack}>{t('intake.back')}</Button>
        <Button type="primary" onClick={onNext} disabled={missing.length > 0}>
          {t('intake.next')}
        </Button>
      </Space>
    </section>
  );
}
