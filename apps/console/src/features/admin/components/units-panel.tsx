import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorMessageKey, problemText } from '../../../lib/error-message.ts';
import { applicationKeys } from '../../applications/queries.ts';
import { createUnit, updateUnit } from '../api.ts';
import { adminKeys, useAdminUnits } from '../queries.ts';
import { unitKinds, type UnitItem, type UnitKind } from '../types.ts';

interface UnitValues {
  eid?: string;
  kind?: UnitKind;
  name: string;
  shortName?: string;
  parentId?: string | null;
  address?: string;
}

function blankToNull(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

function UnitModal({ unit, units, onClose }: { unit: UnitItem | null; units: UnitItem[]; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitValues>();
  const save = useMutation({
    mutationFn: (values: UnitValues) => {
      const parentId = values.parentId ?? null;
      if (unit) {
        return updateUnit(unit.id, {
          name: values.name.trim(),
          shortName: blankToNull(values.shortName),
          address: blankToNull(values.address),
          parentId,
        });
      }
      const shortName = blankToNull(values.shortName);
      const address = blankToNull(values.address);
      return createUnit({
        eid: (values.eid ?? '').trim(),
        kind: values.kind ?? 'service_centre',
        name: values.name.trim(),
        parentId,
        ...(shortName !== null && { shortName }),
        ...(address !== null && { address }),
      });
    },
    onSuccess: async () => {
      void message.success(t('admin.saved'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.units() }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.units() }),
      ]);
      onClose();
    },
  });
  const parents = units.filter((item) => item.id !== unit?.id).map((item) => ({ value: item.id, label: item.name }));
  const title = unit ? t('units.edit', { name: unit.name }) : t('units.add');
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('admin.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(save.error, t)} />}
      <Form<UnitValues>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={
          unit
            ? { ...unit, shortName: unit.shortName ?? undefined, address: unit.address ?? undefined }
            : { kind: 'service_centre' }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="eid"
          label={t('units.eid')}
          extra={t('units.eidHelp')}
          rules={[{ required: !unit, message: t('units.eidRequired') }]}
        >
          <Input disabled={unit !== null} />
        </Form.Item>
        <Form.Item name="kind" label={t('units.kind')}>
          <Select
            disabled={unit !== null}
            options={unitKinds.map((kind) => ({ value: kind, label: t(`units.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('units.name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('units.nameRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="shortName" label={t('units.shortName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parentId" label={t('units.parent')}>
          <Select
            allowClear
            options={parents}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('units.parent')}
          />
        </Form.Item>
        <Form.Item name="address" label={t('units.address')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The province's units: service centres, departments and communes, with their e-ID codes. */
export function UnitsPanel() {
  const { t } = useI18n();
  const units = useAdminUnits();
  const [editing, setEditing] = useState<UnitItem | 'new' | null>(null);
  const items = units.data ?? [];
  const names = new Map(items.map((unit) => [unit.id, unit.name]));
  const columns: ColumnsType<UnitItem> = [
    { key: 'eid', title: t('units.eid'), dataIndex: 'eid', width: 170 },
    { key: 'name', title: t('units.name'), dataIndex: 'name' },
    { key: 'kind', title: t('units.kind'), width: 170, render: (_, unit) => <Tag>{t(`units.kind.${unit.kind}`)}</Tag> },
    {
      key: 'parent',
      title: t('units.parent'),
      render: (_, unit) => (unit.parentId ? (names.get(unit.parentId) ?? '—') : '—'),
    },
    {
      key: 'edit',
      title: t('admin.actions'),
      width: 110,
      render: (_, unit) => (
        <Button size="small" onClick={() => setEditing(unit)} aria-label={t('units.edit', { name: unit.name })}>
          {t('admin.edit')}
        </Button>
      ),
    },
  ];
  return (
    <section aria-label={t('admin.tab.units')}>
      <Space className="admin__toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('units.add')}
        </Button>
      </Space>
      {units.isError && <Alert type="error" showIcon title={t(errorMessageKey(units.error))} />}
      <Table<UnitItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={units.isFetching}
        pagination={{ pageSize: 50, showSizeChanger: false }}
      />
      {editing !== null && (
        <UnitModal unit={editing === 'new' ? null : editing} units={items} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
