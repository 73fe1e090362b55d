import { Descriptions, Empty } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { useAdminUnitNames } from '../../eforms/queries.ts';
import { adminUnitLists, describeFormData, type FormSection } from '../form-data.ts';
import type { DossierDetail } from '../types.ts';

function Section({ section, level }: { section: FormSection; level: number }) {
  return (
    <div className={level === 0 ? 'form-data' : 'form-data__section'}>
      {section.rows.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title={level === 0 ? undefined : section.title}
          items={section.rows.map((row) => ({ key: row.key, label: row.label, children: row.value }))}
        />
      )}
      {section.rows.length === 0 && level > 0 && <h4 className="form-data__title">{section.title}</h4>}
      {section.sections.map((child) => (
        <Section key={child.key} section={child} level={level + 1} />
      ))}
    </div>
  );
}

/**
 * The citizen's e-form answers, labelled with the form's own titles rather than its field keys;
 * provinces and communes by name (by code until, or unless, their list loads).
 */
export function FormDataView({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const schema = dossier.formSchema?.schema ?? null;
  const uiSchema = dossier.formSchema?.uiSchema ?? null;
  const unitNames = useAdminUnitNames(adminUnitLists(schema, uiSchema, dossier.form));
  const root = describeFormData(schema, uiSchema, dossier.form, {
    yes: t('common.yes'),
    no: t('common.no'),
    unitName: (code) => unitNames.get(code),
  });
  if (root.rows.length === 0 && root.sections.length === 0) return <Empty description={t('dossier.noForm')} />;
  return <Section section={root} level={0} />;
}
