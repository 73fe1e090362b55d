import { Alert, Button, Form, Radio, Select, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { problemText } from '../../../lib/error-message.ts';
import { filterByFoldedLabel } from '../../../lib/fold-text.ts';
import { formatCount } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { targetOf, type ComposeValues, type TargetKind } from '../compose-body.ts';
import { useAudience, useFollowerTags, useProvinceCommunes } from '../queries.ts';
import type { BroadcastTarget } from '../types.ts';
import { useComposeValue } from './use-compose-value.ts';

const targetKinds: readonly TargetKind[] = ['all', 'communes', 'tags'];

function OptionsError({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Typography.Text type="danger" role="alert">
      {t('broadcasts.form.optionsFailed')}{' '}
      <Button size="small" type="link" onClick={onRetry}>
        {t('error.retry')}
      </Button>
    </Typography.Text>
  );
}

/** Communes and wards of the province, picked by name with or without tone marks. */
function CommunesField() {
  const { t } = useI18n();
  const communes = useProvinceCommunes();
  if (communes.noProvince) return <Alert type="warning" showIcon title={t('broadcasts.form.noProvince')} />;
  return (
    <Form.Item
      name="communes"
      label={t('broadcasts.form.communes')}
      rules={[{ required: true, type: 'array', min: 1, message: t('broadcasts.form.communesRequired') }]}
      extra={communes.isError ? <OptionsError onRetry={communes.refetch} /> : undefined}
    >
      <Select<string[]>
        mode="multiple"
        allowClear
        loading={communes.isLoading}
        placeholder={t('broadcasts.form.communesPlaceholder')}
        options={communes.communes.map((unit) => ({ value: unit.code, label: unit.name }))}
        showSearch={{ filterOption: filterByFoldedLabel }}
      />
    </Form.Item>
  );
}

/** The OA's follower tags, each with how many followers carry it. */
function TagsField() {
  const { t } = useI18n();
  const tags = useFollowerTags();
  const options = (tags.data ?? []).map((tag) => ({
    value: tag.name,
    label: t('broadcasts.form.tagOption', { name: tag.name, n: formatCount(tag.count) }),
  }));
  return (
    <Form.Item
      name="tags"
      label={t('broadcasts.form.tags')}
      rules={[{ required: true, type: 'array', min: 1, message: t('broadcasts.form.tagsRequired') }]}
      extra={tags.isError ? <OptionsError onRetry={() => void tags.refetch()} /> : undefined}
    >
      <Select<string[]>
        mode="multiple"
        allowClear
        loading={tags.isPending}
        options={options}
        notFoundContent={tags.data?.length === 0 ? t('broadcasts.form.noTags') : undefined}
        showSearch={{ filterOption: filterByFoldedLabel }}
      />
    </Form.Item>
  );
}

/** How many followers the target reaches now, asked again shortly after it stops changing. */
function AudienceCount({ target }: { target: BroadcastTarget | null }) {
  const { t } = useI18n();
  const settled = useDebouncedValue(target === null ? '' : JSON.stringify(target), 300);
  const audience = useAudience(settled === '' ? null : (JSON.parse(settled) as BroadcastTarget));
  let text: string;
  if (target === null) text = t('broadcasts.audience.pick');
  else if (audience.isError) text = `${t('broadcasts.audience.failed')} ${problemText(audience.error, t)}`;
  else if (audience.data === undefined || settled !== JSON.stringify(target)) text = t('broadcasts.audience.counting');
  else text = t('broadcasts.audience.count', { n: formatCount(audience.data.count) });
  const reachable = audience.data?.reachable;
  return (
    <div className="broadcasts__audience" aria-live="polite" data-testid="audience">
      <Typography.Text strong>{text}</Typography.Text>
      {target !== null && reachable !== undefined && audience.isSuccess && (
        <Typography.Paragraph type="secondary" className="broadcasts__audience-note">
          {t('broadcasts.audience.reachable', { n: formatCount(reachable) })}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** Whom the announcement goes to: everyone, some communes or wards, or some tags; and how many that is. */
export function TargetFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<ComposeValues>();
  const targetKind = useComposeValue('targetKind', form);
  const communes = useComposeValue('communes', form);
  const tags = useComposeValue('tags', form);
  const target = targetKind === undefined ? null : targetOf({ targetKind, communes, tags });
  return (
    <fieldset className="broadcasts__fieldset">
      <legend>{t('broadcasts.form.target')}</legend>
      {/* Not `noStyle`: a server error about the target as a whole shows under the choice. */}
      <Form.Item name="targetKind" className="broadcasts__choice">
        <Radio.Group
          options={targetKinds.map((kind) => ({ value: kind, label: t(`broadcasts.form.target.${kind}`) }))}
        />
      </Form.Item>
      <div className="broadcasts__target-list">
        {targetKind === 'communes' && <CommunesField />}
        {targetKind === 'tags' && <TagsField />}
      </div>
      <AudienceCount target={target} />
    </fieldset>
  );
}
