import { Card, Empty, Image, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { documentUrl } from '../api.ts';
import type { DossierDocument } from '../types.ts';

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

function QualityFlags({ document }: { document: DossierDocument }) {
  const { t } = useI18n();
  if (document.quality.ok && document.quality.issues.length === 0) {
    return <Tag color="green">{t('documents.qualityOk')}</Tag>;
  }
  return (
    <Space orientation="vertical" size={2}>
      {document.quality.issues.map((issue) => (
        <Tag key={issue.code} color="orange" className="documents__issue">
          {t('documents.qualityIssue', { message: issue.message })}
        </Tag>
      ))}
    </Space>
  );
}

function Preview({ code, document }: { code: string; document: DossierDocument }) {
  const { t } = useI18n();
  if (document.contentType.startsWith('image/')) {
    return (
      <Image
        width={160}
        height={120}
        className="documents__thumb"
        alt={document.documentName}
        src={documentUrl(code, document.uploadId, 'thumbnail')}
        preview={{ src: documentUrl(code, document.uploadId) }}
      />
    );
  }
  return (
    <a href={documentUrl(code, document.uploadId)} target="_blank" rel="noreferrer" className="documents__file">
      {t('documents.openFile', { name: document.documentName })}
    </a>
  );
}

/**
 * The dossier's scans: photos open in a viewer that zooms and rotates, PDFs open as files; every
 * photo carries the quality check's warnings. Each file read is logged by the server.
 */
export function DocumentsPanel({ code, documents }: { code: string; documents: DossierDocument[] }) {
  const { t } = useI18n();
  if (documents.length === 0) return <Empty description={t('documents.none')} />;
  return (
    <Image.PreviewGroup>
      <div className="documents" role="list" aria-label={t('documents.title')}>
        {documents.map((document) => (
          <Card key={document.uploadId} size="small" className="documents__card" role="listitem">
            <Preview code={code} document={document} />
            <Typography.Paragraph strong className="documents__name">
              {document.documentName}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" className="documents__meta">
              {formatDateTime(document.addedAt)} · {formatSize(document.size)}
            </Typography.Paragraph>
            <Space wrap size={4}>
              {document.supplement && <Tag color="blue">{t('documents.supplement')}</Tag>}
              <QualityFlags document={document} />
            </Space>
          </Card>
        ))}
      </div>
    </Image.PreviewGroup>
  );
}
