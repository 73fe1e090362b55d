import { roleList, roleLabel } from '@motcua/workflow';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, Input, Modal, QRCode, Select, Space, Switch, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { problemText } from '../../../lib/error-message.ts';
import { createOfficer, updateOfficer } from '../api.ts';
import { adminKeys } from '../queries.ts';
import type { OfficerAdminItem, RoleOnUnit, UnitItem, UpdateOfficerBody } from '../types.ts';

interface OfficerValues {
  username?: string;
  fullName: string;
  password?: string;
  active?: boolean;
  roles: Partial<RoleOnUnit>[];
}

function completeRoles(roles: Partial<RoleOnUnit>[]): RoleOnUnit[] {
  return roles.flatMap((grant) => (grant.role && grant.unitId ? [{ role: grant.role, unitId: grant.unitId }] : []));
}

/** Only what changed, as `PATCH /console/admin/officers/{id}` expects. */
export function officerChanges(officer: OfficerAdminItem, values: OfficerValues): UpdateOfficerBody {
  const roles = completeRoles(values.roles);
  const sameRoles = JSON.stringify(roles) === JSON.stringify(officer.roles);
  const fullName = values.fullName.trim();
  const password = values.password ?? '';
  return {
    ...(fullName !== officer.fullName && { fullName }),
    ...(values.active !== undefined && values.active !== officer.active && { active: values.active }),
    ...(!sameRoles && { roles }),
    ...(password !== '' && { password }),
  };
}

function RolesList({ units }: { units: UnitItem[] }) {
  const { t, lang } = useI18n();
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, roles: Partial<RoleOnUnit>[] | undefined) => {
            if (completeRoles(roles ?? []).length === 0) throw new Error(t('officers.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset className="eform__group">
          <legend>{t('officers.roles')}</legend>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('officers.roleRequired') }]}>
                <Select
                  className="admin__role"
                  aria-label={t('officers.roleN', { n: index + 1 })}
                  options={roleList.map((role) => ({ value: role, label: roleLabel(role, lang) }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'unitId']}
                rules={[{ required: true, message: t('officers.unitRequired') }]}
              >
                <Select
                  className="admin__role-unit"
                  aria-label={t('officers.unitN', { n: index + 1 })}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
                />
              </Form.Item>
              <Button danger onClick={() => remove(field.name)}>
                {t('officers.removeRole', { n: index + 1 })}
              </Button>
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button onClick={() => add({})}>{t('officers.addRole')}</Button>
        </fieldset>
      )}
    </Form.List>
  );
}

function TotpControl({ officer }: { officer: OfficerAdminItem }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (totp: 'enable' | 'disable') => updateOfficer(officer.id, { totp }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.officerLists() }),
  });
  const enabled = toggle.data ? toggle.data.totp : officer.totp;
  const uri = toggle.data?.totpUri;
  return (
    <fieldset className="eform__group">
      <legend>{t('officers.totp')}</legend>
      {toggle.isError && <Alert type="error" showIcon title={problemText(toggle.error, t)} className="admin__alert" />}
      <Space wrap className="admin__toolbar">
        <span>{t(enabled ? 'officers.totpOn' : 'officers.totpOff')}</span>
        <Button loading={toggle.isPending} onClick={() => toggle.mutate(enabled ? 'disable' : 'enable')}>
          {t(enabled ? 'officers.totpDisable' : 'officers.totpEnable')}
        </Button>
      </Space>
      {uri && (
        <Space align="start" wrap className="admin__toolbar">
          <QRCode value={uri} size={160} aria-label={t('officers.totpQr')} />
          <Typography.Paragraph className="admin__totp-help">
            {t('officers.totpScan')}
            <Typography.Text code copyable className="admin__totp-uri">
              {uri}
            </Typography.Text>
          </Typography.Paragraph>
        </Space>
      )}
    </fieldset>
  );
}

/** Adds an officer, or changes one: name, roles per unit, active, a new password, two-step sign-in. */
export function OfficerModal({
  officer,
  units,
  onClose,
}: {
  officer: OfficerAdminItem | null;
  units: UnitItem[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OfficerValues>();
  const save = useMutation({
    mutationFn: (values: OfficerValues) =>
      officer
        ? updateOfficer(officer.id, officerChanges(officer, values))
        : createOfficer({
            username: (values.username ?? '').trim(),
            fullName: values.fullName.trim(),
            password: values.password ?? '',
            roles: completeRoles(values.roles),
          }),
    onSuccess: async () => {
      void message.success(t('admin.saved'));
      await queryClient.invalidateQueries({ queryKey: adminKeys.officerLists() });
      onClose();
    },
  });
  const title = officer ? t('officers.edit', { name: officer.fullName }) : t('officers.add');
  return (
    <Modal
      open
      title={title}
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('admin.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon className="admin__alert" title={problemText(save.error, t)} />}
      <Form<OfficerValues>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={
          officer ? { fullName: officer.fullName, active: officer.active, roles: officer.roles } : { roles: [{}] }
        }
        onFinish={(values) => {
          if (officer && Object.keys(officerChanges(officer, values)).length === 0) onClose();
          else save.mutate(values);
        }}
      >
        {!officer && (
          <Form.Item
            name="username"
            label={t('officers.username')}
            rules={[{ required: true, whitespace: true, min: 3, message: t('officers.usernameRequired') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t('officers.fullName')}
          rules={[{ required: true, whitespace: true, message: t('officers.fullNameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t(officer ? 'officers.newPassword' : 'officers.password')}
          extra={t('officers.passwordHelp')}
          rules={[{ required: !officer, min: 10, message: t('officers.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {officer && (
          <Form.Item name="active" label={t('officers.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <RolesList units={units} />
      </Form>
      {officer && <TotpControl officer={officer} />}
    </Modal>
  );
}
