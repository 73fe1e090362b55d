import { roleLabel } from '@motcua/workflow';
import { Alert, Button, Input, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey } from '../../../lib/error-message.ts';
import { formatCount } from '../../../lib/format.ts';
import { useAdminUnits, useOfficers } from '../queries.ts';
import type { OfficerAdminItem } from '../types.ts';
import { OfficerModal } from './officer-modal.tsx';

const PAGE_SIZE = 20;

/** The province's officers, searched and paged on the server, with their roles per unit. */
export function OfficersPanel() {
  const { t, lang } = useI18n();
  const [q, setQ] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<OfficerAdminItem | 'new' | null>(null);
  const officers = useOfficers({ ...(q !== undefined && { q }), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const units = useAdminUnits();
  const unitNames = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
  const columns: ColumnsType<OfficerAdminItem> = [
    { key: 'username', title: t('officers.username'), dataIndex: 'username', width: 200 },
    { key: 'fullName', title: t('officers.fullName'), dataIndex: 'fullName', width: 200 },
    {
      key: 'roles',
      title: t('officers.roles'),
      render: (_, officer) => (
        <Space wrap size={4}>
          {officer.roles.map((grant) => (
            <Tag key={`${grant.role}-${grant.unitId}`}>
              {roleLabel(grant.role, lang)} — {unitNames.get(grant.unitId) ?? grant.unitId}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'state',
      title: t('officers.state'),
      width: 170,
      render: (_, officer) => (
        <Space wrap size={4}>
          <Tag color={officer.active ? 'green' : 'default'}>
            {t(officer.active ? 'officers.active' : 'officers.inactive')}
          </Tag>
          {officer.totp && <Tag color="blue">{t('officers.totpOn')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'edit',
      title: t('admin.actions'),
      width: 110,
      render: (_, officer) => (
        <Button
          size="small"
          onClick={() => setEditing(officer)}
          aria-label={t('officers.edit', { name: officer.fullName })}
        >
          {t('admin.edit')}
        </Button>
      ),
    },
  ];
  return (
    <section aria-label={t('admin.tab.officers')}>
      <Space wrap className="admin__toolbar">
        <Input.Search
          aria-label={t('officers.search')}
          placeholder={t('officers.search')}
          allowClear
          className="admin__search"
          onSearch={(text) => {
            setQ(text.trim() === '' ? undefined : text.trim());
            setPage(1);
          }}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('officers.add')}
        </Button>
      </Space>
      {officers.isError && <Alert type="error" showIcon title={t(errorMessageKey(officers.error))} />}
      <Table<OfficerAdminItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={officers.data?.items ?? []}
        loading={officers.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: officers.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('officers.total', { total: formatCount(total) }),
          onChange: setPage,
        }}
      />
      {editing !== null && (
        <OfficerModal
          officer={editing === 'new' ? null : editing}
          units={units.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
