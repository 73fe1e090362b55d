import { Input, Select, Space } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useFieldOptions } from '../queries.ts';
import type { Level } from '../types.ts';

export interface CatalogFilterValues {
  search: string;
  field: string | undefined;
  level: Level | undefined;
}

interface CatalogFiltersProps {
  value: CatalogFilterValues;
  onChange: (value: CatalogFilterValues) => void;
}

const levels: readonly Level[] = ['province', 'commune'];

export function CatalogFilters({ value, onChange }: CatalogFiltersProps) {
  const { t } = useI18n();
  const fields = useFieldOptions();

  return (
    <Space wrap size="middle" className="catalog__filters">
      <Input.Search
        allowClear
        aria-label={t('catalog.search')}
        placeholder={t('catalog.search')}
        value={value.search}
        className="catalog__search"
        onChange={(event) => {
          onChange({ ...value, search: event.target.value });
        }}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('catalog.field')}
        placeholder={t('catalog.allFields')}
        value={value.field}
        options={fields.data ?? []}
        loading={fields.isPending}
        className="catalog__select"
        onChange={(field) => {
          onChange({ ...value, field });
        }}
      />
      <Select<Level>
        allowClear
        aria-label={t('catalog.level')}
        placeholder={t('catalog.allLevels')}
        value={value.level}
        options={levels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        className="catalog__select"
        onChange={(level) => {
          onChange({ ...value, level });
        }}
      />
    </Space>
  );
}
