import type { Level, ProcedureDefinition } from '@motcua/contracts';

/** The part of a procedure version the search index reads. */
export interface SearchDocument {
  /** Mã thủ tục, e.g. "1.001193"; unique in an index. */
  readonly code: string;
  readonly name: string;
  /** Lĩnh vực name, e.g. "Hộ tịch". */
  readonly field: string;
  readonly level: Level;
  /** Colloquial names and extra words ("sổ đỏ", "bằng lái"). */
  readonly keywords: readonly string[];
}

/** Projects a published procedure definition onto what search needs. */
export function toSearchDocument(procedure: ProcedureDefinition): SearchDocument {
  return {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field.name,
    level: procedure.level,
    keywords: procedure.keywords,
  };
}
