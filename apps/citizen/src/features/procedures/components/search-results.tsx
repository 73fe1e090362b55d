import { Text } from 'zmp-ui';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { RequestError } from '../../../components/request-status.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { formatFee, formatProcessingTime } from '../../../lib/format.ts';
import type { RequestResult } from '../../../lib/use-request.ts';
import { fieldName, type ProcedureList, type ProcedureSummary } from '../types.ts';

interface SearchResultsProps {
  query: string;
  result: RequestResult<ProcedureList>;
  onOpen: (code: string) => void;
}

function currentList(result: RequestResult<ProcedureList>): ProcedureList | undefined {
  switch (result.status) {
    case 'success':
      return result.data;
    case 'loading':
    case 'error':
      return result.previous;
  }
}

function ResultItem({ procedure, onOpen }: { procedure: ProcedureSummary; onOpen: (code: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <li className="result">
      <button
        type="button"
        className="result__button"
        onClick={() => {
          onOpen(procedure.code);
        }}
      >
        <span className="result__text">
          <span className="result__name">{procedure.name}</span>
          <span className="result__field">{fieldName(procedure.field)}</span>
          <span className="result__facts">
            <span>
              <span className="visually-hidden">{t('procedure.processingTime')}: </span>
              {formatProcessingTime(procedure.processingTime, lang)}
            </span>
            <span aria-hidden="true"> · </span>
            <span>
              <span className="visually-hidden">{t('procedure.fee')}: </span>
              {formatFee(procedure.fee, lang)}
            </span>
          </span>
        </span>
        <ChevronRightIcon />
      </button>
    </li>
  );
}

export function SearchResults({ query, result, onOpen }: SearchResultsProps) {
  const { t } = useI18n();
  const list = currentList(result);
  const heading = query === '' ? t('search.popular') : t('search.count', { total: list?.total ?? 0 });

  return (
    <section className="results" aria-labelledby="results-heading" aria-busy={result.status === 'loading'}>
      <Text.Header id="results-heading" className="results__heading">
        {result.status === 'loading' && !list ? t('search.loading') : heading}
      </Text.Header>
      {result.status === 'error' && <RequestError error={result.error} onRetry={result.retry} />}
      {list && list.items.length === 0 && query !== '' && (
        <Text className="results__empty" role="status">
          {t('search.empty', { q: query })}
        </Text>
      )}
      {list && list.items.length > 0 && (
        <ul className="results__list">
          {list.items.map((procedure) => (
            <ResultItem key={procedure.code} procedure={procedure} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
