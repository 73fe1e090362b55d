import { Descriptions, Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import type { DossierDetail } from '../types.ts';

function when(value: string | null): string {
  return value === null ? '—' : formatDateTime(value);
}

function channelWord(channel: string) {
  return channel === 'counter' || channel === 'online' || channel === 'zalo' || channel === 'postal'
    ? (`filing.${channel}` as const)
    : ('filing.other' as const);
}

/** Who filed what, where it is, and its dates: the full name and ID number appear here only. */
export function DossierSummary({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const { applicant, filer, fee } = dossier;
  const dueAt = dossier.rescheduledDueAt ?? dossier.dueAt;
  const items = [
    {
      key: 'procedure',
      label: t('dossier.procedure'),
      children: `${dossier.procedure.code} — ${dossier.procedure.name} (${t('dossier.version', { version: dossier.procedure.version })})`,
    },
    ...(dossier.caseName ? [{ key: 'case', label: t('dossier.case'), children: dossier.caseName }] : []),
    { key: 'applicant', label: t('dossier.applicant'), children: applicant.fullName },
    { key: 'idNumber', label: t('dossier.idNumber'), children: applicant.idNumber ?? '—' },
    { key: 'phone', label: t('dossier.phone'), children: applicant.phone },
    ...(applicant.email ? [{ key: 'email', label: t('dossier.email'), children: applicant.email }] : []),
    ...(applicant.address ? [{ key: 'address', label: t('dossier.address'), children: applicant.address }] : []),
    ...(filer
      ? [
          {
            key: 'filer',
            label: t('dossier.filer'),
            children: `${filer.fullName} (${filer.relation ?? ''}) — ${filer.phone}`,
          },
        ]
      : []),
    { key: 'channel', label: t('dossier.channel'), children: t(channelWord(dossier.channel)) },
    { key: 'unit', label: t('dossier.receivingUnit'), children: dossier.unit.name },
    { key: 'currentUnit', label: t('dossier.currentUnit'), children: dossier.currentUnit.name },
    { key: 'assignee', label: t('dossier.assignee'), children: dossier.assignee?.name ?? '—' },
    { key: 'submitted', label: t('dossier.submittedAt'), children: when(dossier.submittedAt) },
    { key: 'received', label: t('dossier.receivedAt'), children: when(dossier.receivedAt) },
    {
      key: 'due',
      label: t('dossier.dueAt'),
      children: (
        <span>
          {dueAt === null ? '—' : formatDateTime(dueAt)}{' '}
          {dossier.overdue && <Tag color="red">{t('dossier.overdue')}</Tag>}
          {dossier.early && <Tag color="green">{t('dossier.early')}</Tag>}
        </span>
      ),
    },
    ...(dossier.rescheduledDueAt && dossier.dueAt
      ? [
          {
            key: 'rescheduled',
            label: t('dossier.rescheduled'),
            children: t('dossier.rescheduledText', {
              from: formatDate(dossier.dueAt),
              reason: dossier.rescheduleReason ?? '—',
            }),
          },
        ]
      : []),
    { key: 'resultReady', label: t('dossier.resultReadyAt'), children: when(dossier.resultReadyAt) },
    { key: 'returned', label: t('dossier.returnedAt'), children: when(dossier.returnedAt) },
    { key: 'supplements', label: t('dossier.supplementCount'), children: String(dossier.supplementCount) },
    ...(fee
      ? [
          {
            key: 'fee',
            label: t('dossier.fee'),
            children: `${formatMoney(fee.amount)} — ${fee.paid ? t('dossier.feePaid') : t('dossier.feeUnpaid')}`,
          },
        ]
      : []),
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />;
}
