import { App as AntApp, Alert, Button, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { dossierHref } from '../../../layout/routes.ts';
import { ActionModal } from '../../applications/actions/action-modal.tsx';
import { INBOX_PAGE_SIZE } from '../../applications/inbox-query.ts';
import { useDossier, useInbox } from '../../applications/queries.ts';
import type { InboxItem } from '../../applications/types.ts';

/** Loads the dossier, then opens its hand-over form (originals checked, fee collected). */
function HandOver({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const dossier = useDossier(code);
  const failed = dossier.isError ? dossier.error : null;
  useEffect(() => {
    if (failed === null) return;
    void message.error(t(errorMessageKey(failed)));
    onClose();
  }, [failed, message, t, onClose]);
  // Once the form is open it stays open: after the hand-over the refetched dossier no longer allows
  // `return_result`, and the form must still show its confirmation.
  const allowed = dossier.data?.allowedActions.includes('return_result') ?? false;
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (allowed) setOpened(true);
  }, [allowed]);
  if (!dossier.data) return null;
  if (!allowed && !opened) {
    return (
      <Alert
        type="warning"
        showIcon
        closable={{ onClose }}
        title={t('returns.notAllowed', { code })}
        className="intake__alert"
      />
    );
  }
  return (
    <ActionModal
      dossier={dossier.data}
      action="return_result"
      onClose={onClose}
      onReload={() => void dossier.refetch()}
    />
  );
}

/** Results waiting at the desk (status 9): find the citizen's dossier by code and hand the result over. */
export function ReturnsPanel() {
  const { t } = useI18n();
  const [q, setQ] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const inbox = useInbox({ status: 'result_ready', page, ...(q !== undefined && { q }) });
  const columns: ColumnsType<InboxItem> = [
    { key: 'code', title: t('dossier.code'), render: (_, item) => <a href={dossierHref(item.code)}>{item.code}</a> },
    { key: 'procedure', title: t('dossier.procedure'), render: (_, item) => item.procedureName ?? item.procedureCode },
    { key: 'applicant', title: t('dossier.applicant'), dataIndex: 'applicantName' },
    { key: 'submitted', title: t('dossier.submittedAt'), render: (_, item) => formatDateTime(item.submittedAt) },
    {
      key: 'hand-over',
      title: t('action.title'),
      render: (_, item) => (
        <Button
          size="small"
          type="primary"
          onClick={() => setOpen(item.code)}
          aria-label={t('returns.handOverNamed', { code: item.code })}
        >
          {t('returns.handOver')}
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="returns-title">
      <Typography.Title id="returns-title" level={2} className="subsection-title">
        {t('returns.title')}
      </Typography.Title>
      <Input.Search
        aria-label={t('inbox.searchCode')}
        placeholder={t('inbox.searchCodePlaceholder')}
        className="code-search intake__toolbar"
        allowClear
        onSearch={(text) => {
          setQ(text.trim() === '' ? undefined : text.trim());
          setPage(1);
        }}
      />
      {open !== null && <HandOver code={open} onClose={() => setOpen(null)} />}
      <Table<InboxItem>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={inbox.data?.items ?? []}
        loading={inbox.isFetching}
        locale={{ emptyText: t('returns.none') }}
        pagination={{
          current: page,
          pageSize: INBOX_PAGE_SIZE,
          total: inbox.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
    </section>
  );
}
