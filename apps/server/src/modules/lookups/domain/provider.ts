import type { LookupItem, LookupKind } from '@motcua/contracts';

/** A row of a dataset as stored: plain values only. */
export type StoredRow = Record<string, string | number | null>;

export type QueryCheck = { ok: true; key: string; display: string } | { ok: false; message: string };

export type RowCheck<Row extends StoredRow> =
  | {
      ok: true;
      row: Row;
      /** What the row is found by: compared with a query's key. */
      key: string;
      /** Rows with the same identity may not appear twice in one file. */
      identity?: string;
    }
  | { ok: false; problems: string[] };

/** What a provider says for the rows found (at most `LOOKUP_ITEMS_MAX` of `total`). */
export interface Answer {
  message: string;
  items: LookupItem[];
}

export interface AnswerContext {
  /** The query as understood. */
  query: string;
  total: number;
  /** When the province's dataset was imported (the date a "nothing found" answer is as of). */
  importedAt: Date;
  now: Date;
}

/** Rows shown in one answer; `total` still counts every match. */
export const LOOKUP_ITEMS_MAX = 20;

/**
 * One civic look-up: its name, how a citizen's query is normalised and checked, how an imported
 * CSV row is checked and stored, how rows are matched, and how the answer reads. Pure: the module's
 * use cases read and write the data.
 */
export interface LookupProvider<Row extends StoredRow = StoredRow> {
  readonly kind: LookupKind;
  readonly title: string;
  readonly titleEn: string;
  /** What to type (Vietnamese) and an example. */
  readonly queryLabel: string;
  readonly example: string;
  /** The CSV header: every required column must be there; optional ones may be. */
  readonly columns: { readonly required: readonly string[]; readonly optional: readonly string[] };
  /** `equals`: the query's key is a row's key; `contains`: a row's key contains it. */
  readonly match: 'equals' | 'contains';
  parseQuery(raw: string): QueryCheck;
  /** One CSV row by column name (cells trimmed; an absent optional column is ''). */
  parseRow(cells: Readonly<Record<string, string>>): RowCheck<Row>;
  answer(rows: readonly Row[], context: AnswerContext): Answer;
}
