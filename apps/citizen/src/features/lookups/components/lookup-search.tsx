import { useState } from 'react';
import { Button } from 'zmp-ui';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import type { Lang } from '../../../i18n/translate.ts';
import { errorText } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import { ApiError } from '../../../lib/http.ts';
import { lookUp, type LookupKindInfo, type LookupResult } from '../api.ts';

/** A bad query's own Vietnamese words say what to type (a plate, 12 digits); other failures as usual. */
function failureText(error: unknown, lang: Lang): string {
  if (
    lang === 'vi' &&
    error instanceof ApiError &&
    error.problem.code === 'LOOKUP.QUERY_INVALID' &&
    error.problem.detail
  ) {
    return error.problem.detail;
  }
  return errorText(error, lang);
}

function Answer({ result }: { result: LookupResult }) {
  const { t } = useI18n();
  return (
    <section className="civic-result" aria-live="polite" aria-label={result.title}>
      {result.sample && (
        <p className="notice notice--warning civic-result__sample" role="note">
          {t('civic.sample')}
        </p>
      )}
      <p className="civic-result__message">{result.message}</p>
      {result.items.length > 0 && (
        <ul className="civic-result__items">
          {result.items.map((item, index) => (
            <li key={`${item.heading}-${String(index)}`} className="civic-item">
              <h2 className="civic-item__heading">{item.heading}</h2>
              <dl className="civic-item__fields">
                {item.fields.map((field) => (
                  <div key={field.key} className="civic-item__field">
                    <dt>{field.label}</dt>
                    <dd>{field.value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {result.total > result.items.length && (
        <p className="civic-result__more">{t('civic.more', { shown: result.items.length, total: result.total })}</p>
      )}
      <p className="civic-result__source">
        {t('civic.source', { source: result.dataset.source, date: formatDate(result.dataset.importedAt) })}
      </p>
    </section>
  );
}

/** One kind's search: the query field with its example, the answer, and — for sample data — the warning. */
export function LookupSearch({ info }: { info: LookupKindInfo }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<LookupResult | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `civic-${info.kind}`;

  const submit = async () => {
    if (query.trim() === '') {
      setError(t('civic.required'));
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await lookUp(info.kind, query.trim()));
    } catch (failure) {
      setResult(undefined);
      setError(failureText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="lookup"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className={error ? 'ef-field ef-field--invalid' : 'ef-field'}>
          <label htmlFor={id} className="ef-label">
            {t(`civic.query.${info.kind}`)}
          </label>
          <p id={`${id}-help`} className="ef-help">
            {t('civic.example', { example: info.example })}
          </p>
          {error && (
            <p id={`${id}-error`} className="ef-error" role="alert">
              {error}
            </p>
          )}
          <input
            id={id}
            className="ef-input"
            autoComplete="off"
            spellCheck={false}
            inputMode={info.kind === 'driving-licence' ? 'numeric' : 'text'}
            value={query}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <Button htmlType="submit" fullWidth loading={busy} disabled={busy}>
          {busy ? t('civic.searching') : t('civic.submit')}
        </Button>
      </form>
      {result && <Answer result={result} />}
    </>
  );
}
