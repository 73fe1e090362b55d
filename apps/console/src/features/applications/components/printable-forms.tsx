import { Button, Empty, Space } from 'antd';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { printPdf, serverUrl } from '../../../lib/print-pdf.ts';
import type { FormKind, PrintableForm } from '../types.ts';

const formKeys = {
  receipt: 'forms.receipt',
  'supplement-request': 'forms.supplementRequest',
  refusal: 'forms.refusal',
  apology: 'forms.apology',
  'tracking-sheet': 'forms.trackingSheet',
} as const satisfies Record<FormKind, string>;

/** The forms of TT 01/2018/TT-VPCP that apply to this dossier, as PDFs to read or print (A5; the tracking sheet A4). */
export function PrintableForms({ forms }: { forms: PrintableForm[] }) {
  const { t } = useI18n();
  if (forms.length === 0) return <Empty description={t('forms.none')} />;
  return (
    <ul className="forms" aria-label={t('forms.title')}>
      {forms.map((form) => {
        const title = t(formKeys[form.form]);
        const url = serverUrl(form.url);
        return (
          <li key={form.form} className="forms__item">
            <span className="forms__title">{title}</span>
            <Space>
              <Button
                size="small"
                href={url}
                target="_blank"
                rel="noreferrer"
                aria-label={t('forms.viewNamed', { name: title })}
              >
                {t('forms.view')}
              </Button>
              <Button
                size="small"
                aria-label={t('forms.printNamed', { name: title })}
                onClick={() => {
                  printPdf(url);
                }}
              >
                {t('forms.print')}
              </Button>
            </Space>
          </li>
        );
      })}
    </ul>
  );
}
