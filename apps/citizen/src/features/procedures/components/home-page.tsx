import './search.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Box, Input, Page, useNavigate } from 'zmp-ui';
import type { InputRef } from 'zmp-ui/input';
import { AppBar } from '../../../components/app-bar.tsx';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { paths } from '../../../paths.ts';
import { MyDossiers } from '../../dossiers/components/my-dossiers.tsx';
import { DraftList } from '../../filing/components/draft-list.tsx';
import { LookupsEntry } from '../../lookups/components/lookups-entry.tsx';
import { useProcedureSearch } from '../use-procedure-search.ts';
import { SearchResults } from './search-results.tsx';

/**
 * zmp-ui's search button is an icon without a name, and the field's `label` is a span rather than
 * a <label>: name the button here and label the field with our own <label>.
 */
function useNamedSearchButton(ref: RefObject<InputRef | null>, name: string): void {
  useEffect(() => {
    const button = ref.current?.input?.closest('.zaui-input-affix-wrapper')?.querySelector('button');
    button?.setAttribute('aria-label', name);
  }, [ref, name]);
}

export function HomePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const { query, result } = useProcedureSearch(input);
  const searchRef = useRef<InputRef>(null);
  useNamedSearchButton(searchRef, t('search.submit'));

  return (
    <Page className="page">
      <AppBar title={t('app.title')} subtitle={t('app.tagline')} actions={<LanguageSwitch />} />
      <Box className="content" p={4}>
        <form
          role="search"
          className="search"
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <label htmlFor="procedure-search" className="search__label">
            {t('search.label')}
          </label>
          <Input.Search
            ref={searchRef}
            id="procedure-search"
            value={input}
            placeholder={t('search.placeholder')}
            aria-describedby="procedure-search-hint"
            autoComplete="off"
            enterKeyHint="search"
            loading={result.status === 'loading' && query !== ''}
            onChange={(event) => {
              setInput(event.target.value);
            }}
            onSearch={(value) => {
              setInput(value);
            }}
          />
          <p id="procedure-search-hint" className="search__hint">
            {t('search.hint')}
          </p>
        </form>
        {query === '' && input.trim() === '' && (
          <>
            <DraftList />
            <MyDossiers />
            <LookupsEntry />
          </>
        )}
        <SearchResults
          query={query}
          result={result}
          onOpen={(code) => {
            navigate(paths.detail(code));
          }}
        />
      </Box>
    </Page>
  );
}
