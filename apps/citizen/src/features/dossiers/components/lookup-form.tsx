import { useState } from 'react';
import { Button } from 'zmp-ui';
import { config } from '../../../config.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { errorText } from '../../../lib/error-message.ts';
import { lookupApplication } from '../api.ts';
import { useSavedDossiers } from '../saved-dossiers.tsx';

/** The dossier code as printed on receipts: `<unit e-ID>-YYMMDD-XXXX` (contracts `ApplicationParams`). */
const CODE = /^[0-9A-Za-z.]+-[0-9]{6}-[0-9]{4,6}$/;

export function normaliseCode(text: string): string {
  return text.trim().replace(/\s+/g, '').toUpperCase();
}

/** Look-up keys are printed in capitals without ambiguous letters; spaces and case are forgiven. */
export function normaliseKey(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

interface LookupFormProps {
  initialCode?: string;
  /** Called with the code once the dossier is found and saved on the device. */
  onFound: (code: string) => void;
}

/** Code + look-up key from the paper receipt: no account needed. */
export function LookupForm({ initialCode = '', onFound }: LookupFormProps) {
  const { t, lang } = useI18n();
  const { save } = useSavedDossiers();
  const [code, setCode] = useState(initialCode);
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<{ code?: string; key?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const c = normaliseCode(code);
    const k = normaliseKey(key);
    const next: typeof errors = {};
    if (!CODE.test(c)) next.code = t(c === '' ? 'lookup.codeRequired' : 'lookup.codeInvalid');
    if (k.length < 6) next.key = t(k === '' ? 'lookup.keyRequired' : 'lookup.keyInvalid');
    setErrors(next);
    if (next.code ?? next.key) {
      document.getElementById(next.code ? 'lookup-code' : 'lookup-key')?.focus();
      return;
    }
    setBusy(true);
    try {
      const found = await lookupApplication({ tenant: config.tenant, code: c, key: k });
      save({
        code: found.code,
        key: k,
        tenant: config.tenant,
        procedureName: found.procedure.name,
        status: found.status,
        statusLabel: found.statusLabel,
      });
      onFound(found.code);
    } catch (error) {
      setErrors({ form: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="lookup"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className={errors.code ? 'ef-field ef-field--invalid' : 'ef-field'}>
        <label htmlFor="lookup-code" className="ef-label">
          {t('lookup.code')}
        </label>
        <p id="lookup-code-help" className="ef-help">
          {t('lookup.codeHelp')}
        </p>
        {errors.code && (
          <p id="lookup-code-error" className="ef-error">
            {errors.code}
          </p>
        )}
        <input
          id="lookup-code"
          className="ef-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={errors.code ? 'lookup-code-help lookup-code-error' : 'lookup-code-help'}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <div className={errors.key ? 'ef-field ef-field--invalid' : 'ef-field'}>
        <label htmlFor="lookup-key" className="ef-label">
          {t('lookup.key')}
        </label>
        <p id="lookup-key-help" className="ef-help">
          {t('lookup.keyHelp')}
        </p>
        {errors.key && (
          <p id="lookup-key-error" className="ef-error">
            {errors.key}
          </p>
        )}
        <input
          id="lookup-key"
          className="ef-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={key}
          aria-invalid={errors.key ? true : undefined}
          aria-describedby={errors.key ? 'lookup-key-help lookup-key-error' : 'lookup-key-help'}
          onChange={(event) => setKey(event.target.value)}
        />
      </div>
      {errors.form && (
        <p className="notice notice--error" role="alert">
          {errors.form}
        </p>
      )}
      <Button htmlType="submit" fullWidth loading={busy} disabled={busy}>
        {t('lookup.submit')}
      </Button>
    </form>
  );
}
