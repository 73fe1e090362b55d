import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Col, Form, Input, Row, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ApiError } from '../../../lib/http.ts';
import { problemText } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { ObjectFields } from '../../eforms/schema-fields.tsx';
import { ProcedureSelect } from '../../procedures/components/procedure-select.tsx';
import { procedureKeys } from '../../procedures/queries.ts';
import { getProcedureSource, publishProcedureVersion } from '../api.ts';
import { blankDefinition, editableDefinition, formOfText, parseDefinition } from '../definition.ts';
import { adminKeys, useProcedureVersions } from '../queries.ts';
import type { ProcedureVersionItem } from '../types.ts';

const CODE = /^[0-9]\.[0-9]{6}(\.[0-9A-Za-z.]+)?$/;

function FormPreview({ text }: { text: string }) {
  const { t } = useI18n();
  const form = formOfText(useDebouncedValue(text, 400));
  if (form === 'json') return <Alert type="warning" showIcon title={t('catalogEditor.previewJson')} />;
  if (!form) return <Typography.Paragraph type="secondary">{t('catalogEditor.noForm')}</Typography.Paragraph>;
  return (
    <Form layout="vertical" aria-label={t('catalogEditor.preview')} className="catalog-editor__preview">
      <Typography.Title level={3} className="eform-title">
        {typeof form.schema['title'] === 'string' ? form.schema['title'] : t('intake.eform')}
      </Typography.Title>
      <ObjectFields schema={form.schema} uiSchema={form.uiSchema} name={['preview']} />
    </Form>
  );
}

/** What is wrong with the edited text, said as the officer types. */
function DefinitionCheck({ text, code }: { text: string; code: string }) {
  const { t } = useI18n();
  const parsed = parseDefinition(useDebouncedValue(text, 400), code);
  if (parsed.ok) return null;
  return (
    <Typography.Paragraph type="warning" className="catalog-editor__check">
      {t(`catalogEditor.invalid.${parsed.problem}`, { detail: parsed.detail })}
    </Typography.Paragraph>
  );
}

function Versions({ code }: { code: string }) {
  const { t } = useI18n();
  const versions = useProcedureVersions(code);
  return (
    <Table<ProcedureVersionItem>
      rowKey="version"
      size="small"
      pagination={false}
      loading={versions.isFetching}
      dataSource={versions.data ?? []}
      locale={{ emptyText: t('catalogEditor.noVersions') }}
      columns={[
        { key: 'version', title: t('procedure.version'), dataIndex: 'version', width: 100 },
        { key: 'at', title: t('catalogEditor.publishedAt'), render: (_, item) => formatDateTime(item.publishedAt) },
        {
          key: 'hash',
          title: t('catalogEditor.hash'),
          render: (_, item) => <code>{item.contentHash.slice(0, 12)}</code>,
        },
      ]}
    />
  );
}

function Editor({ code, initial }: { code: string; initial: string }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState(initial);
  const publish = useMutation({
    mutationFn: () => {
      const parsed = parseDefinition(text, code);
      if (!parsed.ok) throw new Error(t(`catalogEditor.invalid.${parsed.problem}`, { detail: parsed.detail }));
      return publishProcedureVersion(code, parsed.definition);
    },
    onSuccess: async (result) => {
      void message.success(
        t(result.published ? 'catalogEditor.published' : 'catalogEditor.unchanged', { version: result.version }),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.versions(code) }),
        queryClient.invalidateQueries({ queryKey: adminKeys.source(code) }),
        queryClient.invalidateQueries({ queryKey: procedureKeys.all }),
      ]);
    },
  });
  const failure = publish.error instanceof ApiError ? publish.error : null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('catalogEditor.definition')}>
          {publish.isError && (
            <Alert
              type="error"
              showIcon
              className="admin__alert"
              title={failure ? problemText(failure, t) : publish.error.message}
              description={failure?.problem.errors?.map((item) => `${item.pointer}: ${item.message}`).join('\n')}
            />
          )}
          <Input.TextArea
            aria-label={t('catalogEditor.definition')}
            className="catalog-editor__json"
            value={text}
            spellCheck={false}
            autoSize={{ minRows: 20, maxRows: 40 }}
            onChange={(event) => setText(event.target.value)}
          />
          <DefinitionCheck text={text} code={code} />
          <Space className="button-row">
            <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate()}>
              {t('catalogEditor.publish')}
            </Button>
          </Space>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Tabs
          items={[
            { key: 'preview', label: t('catalogEditor.preview'), children: <FormPreview text={text} /> },
            { key: 'versions', label: t('catalogEditor.versions'), children: <Versions code={code} /> },
          ]}
        />
      </Col>
    </Row>
  );
}

/** Publishes a new, immutable version of a procedure; dossiers keep the version they were filed under. */
export function CatalogEditor() {
  const { t } = useI18n();
  const [code, setCode] = useState<string | undefined>(undefined);
  const [fresh, setFresh] = useState('');
  const [creating, setCreating] = useState<string | null>(null);
  const source = useQuery({
    queryKey: adminKeys.source(code ?? ''),
    queryFn: ({ signal }) => getProcedureSource(code ?? '', signal),
    enabled: code !== undefined && creating === null,
    retry: false,
  });
  const initial =
    creating !== null ? blankDefinition(creating) : source.data ? editableDefinition(source.data.definition) : null;
  return (
    <section aria-label={t('admin.tab.catalog')}>
      <Typography.Paragraph type="secondary">{t('catalogEditor.help')}</Typography.Paragraph>
      <Space wrap className="admin__toolbar">
        <ProcedureSelect
          ariaLabel={t('catalogEditor.pick')}
          placeholder={t('catalogEditor.pick')}
          className="procedure-picker"
          value={code}
          onChange={(next) => {
            setCreating(null);
            setCode(next);
          }}
        />
        <Input
          aria-label={t('catalogEditor.newCode')}
          placeholder={t('catalogEditor.newCode')}
          value={fresh}
          onChange={(event) => setFresh(event.target.value)}
          className="admin__search"
        />
        <Button
          disabled={!CODE.test(fresh.trim())}
          onClick={() => {
            setCode(fresh.trim());
            setCreating(fresh.trim());
          }}
        >
          {t('catalogEditor.create')}
        </Button>
      </Space>
      {source.isError && <Alert type="error" showIcon title={problemText(source.error, t)} />}
      {code !== undefined && initial !== null && (
        <Editor
          key={`${code}-${creating ?? ''}`}
          code={code}
          initial={JSON.stringify(initial, null, 2).normalize('NFC')}
        />
      )}
    </section>
  );
}
