import { describe, expect, it } from 'vitest';

import { demoProcedures } from '@motcua/demo';
import { CITIZEN_QUERIES, type CitizenQuery } from './citizen-queries.ts';
import { createProcedureIndex } from './procedure-index.ts';
import { toSearchDocument } from './search-document.ts';

const index = createProcedureIndex(demoProcedures.map(toSearchDocument));

function rankOf(query: string, code: string): number {
  const { hits } = index.search(query, { limit: 10 });
  return hits.findIndex((hit) => hit.code === code);
}

describe('search quality on the demo catalogue', () => {
  it('knows every intended procedure', () => {
    const codes = new Set(demoProcedures.map((p) => p.code));
    expect(CITIZEN_QUERIES.filter((q) => !codes.has(q.code))).toEqual([]);
    expect(CITIZEN_QUERIES.length).toBeGreaterThanOrEqual(45);
  });

  it('puts the intended procedure in the top 3 for at least 95% of citizen queries', () => {
    const misses: (CitizenQuery & { rank: number })[] = [];
    for (const q of CITIZEN_QUERIES) {
      const rank = rankOf(q.query, q.code);
      if (rank < 0 || rank > 2) misses.push({ ...q, rank });
    }
    const hits = CITIZEN_QUERIES.length - misses.length;
    console.info(`search quality: ${hits}/${CITIZEN_QUERIES.length} queries have the intended procedure in the top 3`);
    if (misses.length > 0) console.info('missed:', misses);
    expect(hits / CITIZEN_QUERIES.length).toBeGreaterThanOrEqual(0.95);
  });

  it('still finds at least 90% without the catalogue keywords, from names and synonyms alone', () => {
    const bare = createProcedureIndex(demoProcedures.map((p) => ({ ...toSearchDocument(p), keywords: [] })));
    const found = CITIZEN_QUERIES.filter((q) =>
      bare.search(q.query, { limit: 3 }).hits.some((hit) => hit.code === q.code),
    ).length;
    console.info(`search quality without keywords: ${found}/${CITIZEN_QUERIES.length} in the top 3`);
    expect(found / CITIZEN_QUERIES.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['lam giay khai sinh', '1.001193'],
    ['lam giay khai sinh cho con', '1.001193'],
    ['gks', '1.001193'],
    ['dawng kys khai sinh', '1.001193'],
    ['dang ky lai khai sinh', '1.004884'],
    ['xin so do lan dau', '1.013978'],
    ['doi bang lai xe', '3.000347'],
    ['dang ky tam tru cho nguoi thue tro', '1.004194'],
    ['lam ly lich tu phap', '3.000333'],
    ['lltp', '3.000333'],
    ['hkd', '1.001612'],
    ['toi muon mo quan an', '1.001612'],
    ['giay xac nhan doc than', '1.004873'],
    ['chung thuc ban sao', '2.000815'],
    ['1.001193', '1.001193'],
    ['xem thu tuc 2.000815', '2.000815'],
  ])('ranks %j first → %s', (query, code) => {
    expect(index.search(query).hits[0]?.code).toBe(code);
  });

  it('ranks đăng ký khai sinh above đăng ký lại khai sinh for "lam giay khai sinh"', () => {
    expect(rankOf('lam giay khai sinh', '1.001193')).toBeLessThan(rankOf('lam giay khai sinh', '1.004884'));
  });

  it('ranks the base business registration above its change procedure', () => {
    expect(rankOf('dang ky ho kinh doanh', '1.001612')).toBeLessThan(rankOf('dang ky ho kinh doanh', '2.000720'));
  });
});
