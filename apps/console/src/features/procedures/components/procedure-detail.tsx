import { Descriptions, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatFee, formatProcessingTime } from '../../../lib/format.ts';
import { fieldName, type ChannelRule, type DocumentRequirement, type ProcedureDetail } from '../types.ts';

function useDocumentColumns(): ColumnsType<DocumentRequirement> {
  const { t } = useI18n();
  return [
    { key: 'name', title: t('procedure.document'), dataIndex: 'name' },
    { key: 'originals', title: t('procedure.originals'), dataIndex: 'originals', align: 'right', width: 96 },
    { key: 'copies', title: t('procedure.copies'), dataIndex: 'copies', align: 'right', width: 84 },
    {
      key: 'required',
      title: t('procedure.required'),
      width: 96,
      render: (_, document) => t(document.required ? 'procedure.yes' : 'procedure.no'),
    },
  ];
}

function useChannelColumns(): ColumnsType<ChannelRule> {
  const { t, lang } = useI18n();
  return [
    { key: 'channel', title: t('procedure.channel'), render: (_, rule) => t(`channel.${rule.channel}`) },
    {
      key: 'time',
      title: t('procedure.processingTime'),
      render: (_, rule) => rule.processingTime.text ?? formatProcessingTime(rule.processingTime, lang),
    },
    { key: 'fee', title: t('procedure.fee'), render: (_, rule) => formatFee(rule.fee, lang) },
    { key: 'note', title: t('procedure.note'), dataIndex: 'note' },
  ];
}

/** Everything an officer checks before intake: documents per case, limits per channel, legal basis. */
export function ProcedureDetailView({ procedure }: { procedure: ProcedureDetail }) {
  const { t, lang } = useI18n();
  const documentColumns = useDocumentColumns();
  const channelColumns = useChannelColumns();
  const conditions = procedure.conditions ?? [];
  const legalBasis = procedure.legalBasis ?? [];

  return (
    <>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'code', label: t('procedure.code'), children: procedure.code },
          { key: 'field', label: t('procedure.field'), children: fieldName(procedure.field) },
          { key: 'level', label: t('procedure.level'), children: t(`level.${procedure.level}`) },
          { key: 'online', label: t('procedure.onlineLevel'), children: t(`onlineLevel.${procedure.onlineLevel}`) },
          { key: 'authority', label: t('procedure.authority'), children: procedure.authority ?? '—' },
          {
            key: 'time',
            label: t('procedure.processingTime'),
            children: procedure.processingTime.text ?? formatProcessingTime(procedure.processingTime, lang),
          },
          { key: 'fee', label: t('procedure.fee'), children: formatFee(procedure.fee, lang) },
          { key: 'feeText', label: t('procedure.feeText'), children: procedure.fee.text || '—' },
          { key: 'version', label: t('procedure.version'), children: procedure.version ?? '—' },
        ]}
      />
      <Typography.Title level={3} className="detail__heading">
        {t('procedure.cases')}
      </Typography.Title>
      {procedure.cases.map((procedureCase) => (
        <Table<DocumentRequirement>
          key={procedureCase.key}
          size="small"
          className="detail__table"
          title={procedure.cases.length > 1 ? () => <strong>{procedureCase.name}</strong> : undefined}
          rowKey="key"
          pagination={false}
          columns={documentColumns}
          dataSource={procedureCase.documents}
        />
      ))}
      {procedure.channels && procedure.channels.length > 0 && (
        <>
          <Typography.Title level={3} className="detail__heading">
            {t('procedure.channels')}
          </Typography.Title>
          <Table<ChannelRule>
            size="small"
            rowKey="channel"
            pagination={false}
            columns={channelColumns}
            dataSource={procedure.channels}
          />
        </>
      )}
      {conditions.length > 0 && (
        <>
          <Typography.Title level={3} className="detail__heading">
            {t('procedure.conditions')}
          </Typography.Title>
          <ul>
            {conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </>
      )}
      {legalBasis.length > 0 && (
        <>
          <Typography.Title level={3} className="detail__heading">
            {t('procedure.legalBasis')}
          </Typography.Title>
          <ul>
            {legalBasis.map((basis) => (
              <li key={basis.code}>
                <strong>{basis.code}</strong> — {basis.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
