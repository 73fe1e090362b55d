import { Alert, Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatFee, formatProcessingTime } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useProcedureList } from '../queries.ts';
import { fieldName, type ProcedureSummary } from '../types.ts';
import { CatalogFilters, type CatalogFilterValues } from './catalog-filters.tsx';
import { ProcedureDrawer } from './procedure-drawer.tsx';

const PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 250;

function useColumns(onOpen: (procedure: ProcedureSummary) => void): ColumnsType<ProcedureSummary> {
  const { t, lang } = useI18n();
  return [
    { key: 'code', title: t('procedure.code'), dataIndex: 'code', width: 120 },
    {
      key: 'name',
      title: t('procedure.name'),
      render: (_, procedure) => (
        <Button
          type="link"
          className="catalog__name"
          onClick={() => {
            onOpen(procedure);
          }}
        >
          {procedure.name}
        </Button>
      ),
    },
    { key: 'field', title: t('procedure.field'), width: 140, render: (_, procedure) => fieldName(procedure.field) },
    { key: 'level', title: t('procedure.level'), width: 110, render: (_, procedure) => t(`level.${procedure.level}`) },
    {
      key: 'time',
      title: t('procedure.processingTime'),
      width: 160,
      render: (_, procedure) => formatProcessingTime(procedure.processingTime, lang),
    },
    { key: 'fee', title: t('procedure.fee'), width: 120, render: (_, procedure) => formatFee(procedure.fee, lang) },
    {
      key: 'online',
      title: t('procedure.onlineLevel'),
      width: 150,
      render: (_, procedure) => t(`onlineLevel.${procedure.onlineLevel}`),
    },
  ];
}

/** The procedure catalogue: search as you type, filter by field and level, open one in a drawer. */
export function CatalogPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<CatalogFilterValues>({ search: '', field: undefined, level: undefined });
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<ProcedureSummary | null>(null);
  const q = useDebouncedValue(filters.search.trim(), SEARCH_DEBOUNCE_MS);
  const list = useProcedureList({
    q,
    ...(filters.field !== undefined && { field: filters.field }),
    ...(filters.level !== undefined && { level: filters.level }),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const columns = useColumns(setOpened);

  return (
    <section className="catalog" aria-labelledby="catalog-title">
      <Typography.Title id="catalog-title" level={1} className="page-title">
        {t('catalog.title')}
      </Typography.Title>
      <CatalogFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {list.isError && (
        <Alert
          type="error"
          showIcon
          className="catalog__alert"
          title={t(errorMessageKey(list.error))}
          action={
            <Button
              size="small"
              onClick={() => {
                void list.refetch();
              }}
            >
              {t('error.retry')}
            </Button>
          }
        />
      )}
      <Table<ProcedureSummary>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('catalog.empty') }}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('catalog.total', { total }),
          onChange: setPage,
        }}
      />
      <ProcedureDrawer
        code={opened?.code ?? null}
        name={opened?.name}
        onClose={() => {
          setOpened(null);
        }}
      />
    </section>
  );
}
