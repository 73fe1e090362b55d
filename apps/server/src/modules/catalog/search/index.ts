/**
 * Vietnamese procedure search: pure and in memory. The catalog module builds one index per tenant
 * from its published procedure versions and the tenant's synonym entries.
 */
export {
  createProcedureIndex,
  type ProcedureIndex,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
} from './procedure-index.ts';
export { toSearchDocument, type SearchDocument } from './search-document.ts';
export { defaultSynonyms, mergeSynonyms, synonymKey, type Synonym } from './synonyms.ts';
export { decodeTelex, foldVietnamese, normalizeText, normalizeTonePlacement, tokenizeSyllables } from './fold.ts';
