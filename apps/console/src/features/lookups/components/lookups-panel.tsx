import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ApiError } from '../../../lib/http.ts';
import { importLookupDataset, listLookupDatasets, type LookupDatasetList, type LookupKind } from '../api.ts';

type Entry = LookupDatasetList['items'][number];

const lookupKeys = { datasets: ['admin', 'lookups'] as const };

interface UploadValues {
  kind: LookupKind;
  source: string;
  sample: boolean;
}

/** A file's text as UTF-8 (FileReader: also where `Blob.text` is missing). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable file'));
    };
    reader.readAsText(file, 'utf-8');
  });
}

/** The rows a refused file was refused for ("Dòng 12: …"), as the server listed them. */
function problemLines(error: unknown): string[] {
  return error instanceof ApiError && error.problem.code === 'LOOKUP.IMPORT_INVALID'
    ? (error.problem.errors ?? []).map((e) => e.message)
    : [];
}

function UploadForm({ entries }: { entries: readonly Entry[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UploadValues>();
  const [file, setFile] = useState<File | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const upload = useMutation({
    mutationFn: async (values: UploadValues & { file: File }) =>
      importLookupDataset(values.kind, {
        csv: await readText(values.file),
        source: values.source,
        sample: values.sample,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lookupKeys.datasets }),
  });
  const kind = Form.useWatch('kind', form);
  const chosen = entries.find((e) => e.kind === kind);
  const lines = problemLines(upload.error);

  return (
    <Form<UploadValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: entries[0]?.kind, sample: false }}
      onFinish={(values) => {
        if (!file) {
          setFileError(t('lookups.fileRequired'));
          return;
        }
        upload.mutate({ ...values, file });
      }}
    >
      <Typography.Title level={2}>{t('lookups.upload')}</Typography.Title>
      <Form.Item name="kind" label={t('lookups.kind')} rules={[{ required: true }]}>
        <Select options={entries.map((e) => ({ value: e.kind, label: e.title }))} />
      </Form.Item>
      {chosen && (
        <Typography.Paragraph type="secondary">
          {t('lookups.columns', {
            columns: [...chosen.columns.required, ...chosen.columns.optional.map((c) => `(${c})`)].join(', '),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item
        label={t('lookups.file')}
        htmlFor="lookup-file"
        required
        validateStatus={fileError ? 'error' : ''}
        help={fileError}
      >
        <input
          id="lookup-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const picked = event.target.files?.[0];
            setFile(picked);
            setFileError(undefined);
            if (picked && !form.getFieldValue('source')) form.setFieldValue('source', picked.name);
          }}
        />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('lookups.source')}
        extra={t('lookups.sourceHelp')}
        rules={[{ required: true, whitespace: true, message: t('lookups.sourceRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="sample" valuePropName="checked">
        <Checkbox>{t('lookups.sample')}</Checkbox>
      </Form.Item>
      {upload.isSuccess && (
        <Alert
          type="success"
          showIcon
          className="admin__alert"
          title={t('lookups.imported', {
            rows: upload.data.rowCount,
            kind: entries.find((e) => e.kind === upload.data.kind)?.title ?? upload.data.kind,
          })}
        />
      )}
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          className="admin__alert"
          title={problemText(upload.error, t)}
          description={
            lines.length > 0 ? (
              <>
                {t('lookups.problems')}
                <ul>
                  {lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : undefined
          }
        />
      )}
      <Button type="primary" htmlType="submit" loading={upload.isPending}>
        {t('lookups.submit')}
      </Button>
    </Form>
  );
}

/** The province's civic look-up data: each kind's current dataset, and a CSV upload that replaces one. */
export function LookupsPanel() {
  const { t } = useI18n();
  const datasets = useQuery({ queryKey: lookupKeys.datasets, queryFn: ({ signal }) => listLookupDatasets(signal) });
  const entries = datasets.data?.items ?? [];
  const none = <Typography.Text type="secondary">{t('lookups.empty')}</Typography.Text>;
  return (
    <section aria-label={t('admin.tab.lookups')}>
      <Typography.Paragraph>{t('lookups.intro')}</Typography.Paragraph>
      {datasets.isError && (
        <Alert type="error" showIcon className="admin__alert" title={problemText(datasets.error, t)} />
      )}
      <Table<Entry>
        rowKey="kind"
        loading={datasets.isLoading}
        dataSource={entries}
        pagination={false}
        columns={[
          { title: t('lookups.kind'), dataIndex: 'title' },
          {
            title: t('lookups.source'),
            render: (_, entry) =>
              entry.dataset ? (
                <>
                  {entry.dataset.source} {entry.dataset.sample && <Tag color="gold">{t('lookups.sampleTag')}</Tag>}
                </>
              ) : (
                none
              ),
          },
          { title: t('lookups.rows'), render: (_, entry) => entry.dataset?.rowCount ?? '—' },
          {
            title: t('lookups.importedAt'),
            render: (_, entry) => (entry.dataset ? formatDateTime(entry.dataset.importedAt) : '—'),
          },
          { title: t('lookups.importedBy'), render: (_, entry) => entry.dataset?.importedBy ?? '—' },
        ]}
      />
      {entries.length > 0 && <UploadForm entries={entries} />}
    </section>
  );
}
