import { readFile } from 'node:fs/promises';
import type { LookupKind } from '@motcua/contracts';

const KINDS: readonly LookupKind[] = ['land-price', 'traffic-fines', 'driving-licence'];

/**
 * The demo province's sample look-up data: small made-up CSV files in `tay-ninh/lookups/`, seeded
 * flagged as sample, so every answer drawn from them says it is not for real transactions.
 */
export async function demoLookupFiles(): Promise<{ kind: LookupKind; csv: string; source: string }[]> {
  return Promise.all(
    KINDS.map(async (kind) => ({
      kind,
      csv: await readFile(new URL(`./tay-ninh/lookups/${kind}.csv`, import.meta.url), 'utf8'),
      source: `Dữ liệu mẫu Tây Ninh (${kind}.csv)`,
    })),
  );
}
