import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useProcedureList } from '../queries.ts';

interface ProcedureSelectProps {
  /** Set by an enclosing Form.Item, so its label names the input. */
  id?: string;
  value?: string | undefined;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  ariaLabel: string;
  className?: string;
  allowClear?: boolean;
}

/**
 * Picks a procedure by searching the catalogue on the server as the officer types (accents,
 * typos and codes alike); never loads the whole catalogue.
 */
export function ProcedureSelect({
  id,
  value,
  onChange,
  placeholder,
  ariaLabel,
  className,
  allowClear = true,
}: ProcedureSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const list = useProcedureList({ q, limit: 20, offset: 0 });
  const options = (list.data?.items ?? []).map((procedure) => ({
    value: procedure.code,
    label: `${procedure.code} — ${procedure.name}`,
  }));
  if (value !== undefined && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: value });
  }
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(code) => onChange?.(code)}
      options={options}
      loading={list.isFetching}
      placeholder={placeholder}
      aria-label={ariaLabel}
      className={className}
      allowClear={allowClear}
      popupMatchSelectWidth={false}
    />
  );
}
