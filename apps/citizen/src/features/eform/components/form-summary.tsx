import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { displayDateEntry } from '../../../lib/date-entry.ts';
import { useAdminUnits } from '../admin-units.ts';
import { hasAnswer } from '../conditions.ts';
import { fieldKind } from '../messages.ts';
import {
  asObject,
  asStringArray,
  choicesOf,
  isObject,
  orderedKeys,
  resolve,
  titleOf,
  uiChild,
  uiOptions,
  type JsonObject,
  type Schema,
} from '../schema.ts';

function AdminUnitName({ code, parent }: { code: string; parent: string | null }) {
  const units = useAdminUnits(parent, true);
  const name = units.status === 'success' ? units.items.find((u) => u.code === code)?.name : undefined;
  return <>{name ?? code}</>;
}

interface NodeProps {
  schema: Schema;
  ui: JsonObject;
  value: unknown;
  root: Schema;
  siblings: JsonObject;
}

function Scalar({ schema, ui, value, siblings }: NodeProps) {
  const { t } = useI18n();
  const kind = fieldKind(schema, ui);
  const choice = choicesOf(schema)?.find((c) => c.value === value);
  if (choice) return <>{choice.title}</>;
  if (kind === 'admin-unit' && typeof value === 'string') {
    const parentField = uiOptions(ui).parentField;
    const parent = typeof parentField === 'string' ? siblings[parentField] : null;
    return <AdminUnitName code={value} parent={typeof parent === 'string' ? parent : null} />;
  }
  if (kind === 'date' && typeof value === 'string') return <>{displayDateEntry(value)}</>;
  if (typeof value === 'boolean') return <>{t(value ? 'common.yes' : 'common.no')}</>;
  if (typeof value === 'number') return <>{value.toLocaleString('vi-VN')}</>;
  return <>{String(value)}</>;
}

function Node(props: NodeProps) {
  const { schema, ui, value, root } = props;
  const { t } = useI18n();
  if (isObject(value)) return <Entries schema={schema} ui={ui} value={value} root={root} />;
  if (Array.isArray(value)) {
    const s = isObject(schema) ? schema : {};
    const itemSchema = resolve(isObject(s.items) ? s.items : true, root);
    if (choicesOf(itemSchema)) {
      const titles = value.map((v) => choicesOf(itemSchema)?.find((c) => c.value === v)?.title ?? String(v));
      return <>{titles.join(', ')}</>;
    }
    const list: unknown[] = value;
    return (
      <ol className="summary__list">
        {list.map((item, index) => (
          <li key={index} aria-label={t('eform.itemTitle', { title: titleOf(itemSchema, ''), n: index + 1 })}>
            <Node schema={itemSchema} ui={asObject(ui.items)} value={item} root={root} siblings={{}} />
          </li>
        ))}
      </ol>
    );
  }
  return <Scalar {...props} />;
}

function Entries({ schema, ui, value, root }: { schema: Schema; ui: JsonObject; value: JsonObject; root: Schema }) {
  const s = resolve(schema, root);
  const properties = isObject(s) ? asObject(s.properties) : {};
  const keys = orderedKeys(Object.keys(properties), asStringArray(ui['ui:order'])).filter((k) => hasAnswer(value[k]));
  return (
    <dl className="summary">
      {keys.map((key) => {
        const childSchema = resolve((properties[key] ?? true) as Schema, root);
        const childUi = uiChild(ui, key);
        const nested =
          isObject(value[key]) || (Array.isArray(value[key]) && !choicesOf(asObject(asObject(childSchema).items)));
        return (
          <div key={key} className={nested ? 'summary__group' : 'summary__row'}>
            <dt>{titleOf(childSchema, key)}</dt>
            <dd>
              <Node schema={childSchema} ui={childUi} value={value[key]} root={root} siblings={value} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The answers of an e-form as the citizen will send them, section by section, for a last look. */
export function FormSummary({ schema, uiSchema, value }: { schema: Schema; uiSchema: JsonObject; value: JsonObject }) {
  return <Entries schema={schema} ui={uiSchema} value={value} root={schema} />;
}
