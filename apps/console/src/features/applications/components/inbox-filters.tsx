import { Input, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ProcedureSelect } from '../../procedures/components/procedure-select.tsx';
import type { InboxFilters } from '../inbox-query.ts';
import { filingChannels, type DueFilter, type FilingChannel } from '../types.ts';

interface InboxFiltersProps {
  value: InboxFilters;
  /** Called with the changed filters; the page goes back to 1. */
  onChange: (patch: Partial<Omit<InboxFilters, 'page'>>) => void;
}

const CODE_MAX = 40;
const CODE = /^[0-9A-Za-z.-]*$/;

/**
 * A code or the start of one, as typed or pasted from a receipt (spaces dropped); null when it
 * cannot be a dossier code, which holds only letters, digits, dots and hyphens.
 */
export function codeQuery(text: string): string | null {
  const q = text.replace(/\s+/g, '');
  return CODE.test(q) && q.length <= CODE_MAX ? q : null;
}

/** Search by code (or its start), procedure, channel, and due soon / overdue. */
export function InboxFilterBar({ value, onChange }: InboxFiltersProps) {
  const { t } = useI18n();
  const [code, setCode] = useState(value.q ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setCode(value.q ?? '');
  }, [value.q]);

  return (
    <Space wrap className="inbox__filters" align="start">
      <div>
        <Input.Search
          aria-label={t('inbox.searchCode')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'inbox-code-error' : undefined}
          status={invalid ? 'error' : undefined}
          placeholder={t('inbox.searchCodePlaceholder')}
          className="code-search"
          value={code}
          maxLength={CODE_MAX}
          allowClear
          onChange={(event) => {
            setCode(event.target.value);
            setInvalid(false);
            if (event.target.value === '') onChange({ q: undefined });
          }}
          onSearch={(text) => {
            const q = codeQuery(text);
            setInvalid(q === null);
            if (q !== null) onChange({ q: q === '' ? undefined : q });
          }}
        />
        {invalid && (
          <div id="inbox-code-error" role="alert" className="inbox__code-error">
            {t('inbox.codeFormat')}
          </div>
        )}
      </div>
      <ProcedureSelect
        ariaLabel={t('inbox.procedure')}
        placeholder={t('inbox.allProcedures')}
        className="procedure-picker"
        value={value.procedure}
        onChange={(procedure) => {
          onChange({ procedure });
        }}
      />
      <Select<FilingChannel>
        aria-label={t('inbox.channel')}
        placeholder={t('inbox.allChannels')}
        className="inbox__channel"
        allowClear
        value={value.channel}
        onChange={(channel) => {
          onChange({ channel });
        }}
        options={filingChannels.map((channel) => ({ value: channel, label: t(`filing.${channel}`) }))}
      />
      <Radio.Group
        aria-label={t('inbox.due')}
        optionType="button"
        value={value.due ?? 'any'}
        onChange={(event) => {
          const due = event.target.value as DueFilter | 'any';
          onChange({ due: due === 'any' ? undefined : due });
        }}
        options={[
          { value: 'any', label: t('inbox.dueAny') },
          { value: 'soon', label: t('inbox.dueSoon') },
          { value: 'overdue', label: t('inbox.dueOverdue') },
        ]}
      />
    </Space>
  );
}
