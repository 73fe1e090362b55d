import type { FieldProposal } from '@motcua/contracts';
import { Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { APPLICANT_FIELDS, applicantValue, FIELD_LABELS, SURE_CONFIDENCE, sameValue } from '../fields.ts';

export type ApplicantFields = Readonly<Partial<Record<'fullName' | 'idNumber' | 'address', string>>>;

interface ProposalListProps {
  proposals: readonly FieldProposal[];
  /** What the applicant has now: each proposal says whether it matches. */
  applicant: ApplicantFields;
  /** At the desk: the officer takes a value into the applicant's details, field by field. */
  onUse?: (proposal: FieldProposal) => void;
}

/**
 * Fields read from an ID-card photo, each with how sure the reading is and how it compares with
 * the applicant's details. Nothing is taken over without the officer's click.
 */
export function ProposalList({ proposals, applicant, onUse }: ProposalListProps) {
  const { t } = useI18n();
  const columns: ColumnsType<FieldProposal> = [
    { key: 'field', title: t('assist.column.field'), render: (_, p) => t(FIELD_LABELS[p.field]) },
    {
      key: 'value',
      title: t('assist.column.value'),
      render: (_, p) => (
        <Space wrap size={4}>
          <span>{p.value}</span>
          {p.confidence < SURE_CONFIDENCE && <Tag color="orange">{t('assist.unsure')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'compare',
      title: t('assist.column.applicant'),
      render: (_, p) => {
        const current = applicantValue(applicant, p);
        if (current === undefined || current === '') return null;
        return sameValue(current, p.value) ? (
          <Tag color="green">{t('assist.matches')}</Tag>
        ) : (
          <Tag color="red">{t('assist.differs', { value: current })}</Tag>
        );
      },
    },
  ];
  if (onUse) {
    columns.push({
      key: 'use',
      title: t('assist.column.use'),
      render: (_, p) => {
        if (APPLICANT_FIELDS[p.field] === undefined) return null;
        const used = sameValue(applicantValue(applicant, p), p.value);
        return (
          <Button
            size="small"
            disabled={used}
            onClick={() => onUse(p)}
            aria-label={t('assist.useField', { field: t(FIELD_LABELS[p.field]) })}
          >
            {used ? t('assist.used') : t('assist.use')}
          </Button>
        );
      },
    });
  }
  return (
    <Table<FieldProposal>
      rowKey="field"
      size="small"
      columns={columns}
      dataSource={[...proposals]}
      pagination={false}
      aria-label={t('assist.title')}
    />
  );
}
