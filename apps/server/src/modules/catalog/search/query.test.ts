import { describe, expect, it } from 'vitest';

import { analyzeQuery, fuzzinessFor, splitRunTogether, type QueryContext } from './query.ts';
import { compileSynonyms, defaultSynonyms } from './synonyms.ts';

const vocabulary = new Set(
  'thu tuc dang ki khai sinh lai tu ket hon van tai giay phep xe o to moi truong nhan cha me con tam tru li lich phap'.split(
    ' ',
  ),
);
const phrases = new Set(['van_tai', 'moi_truong', 'o_to', 'khai_sinh', 'tam_tru']);
const ctx: QueryContext = {
  synonyms: compileSynonyms(defaultSynonyms),
  isKnown: (key) => vocabulary.has(key),
  isPhrase: (a, b) => phrases.has(`${a}_${b}`),
};

function terms(query: string): string[] {
  return analyzeQuery(query, ctx).terms.map((t) => t.term);
}

describe('analyzeQuery', () => {
  it.each([
    ['lam giay khai sinh cho con', ['khai', 'sinh']],
    ['xin cap giay tam tru o dau', ['tam', 'tru']],
    ['thu tuc dang ky ket hon nhu the nao', ['ket', 'hon']],
    ['nhan cha me con', ['nhan', 'cha', 'me', 'con']],
    ['dang ky lai khai sinh', ['lai', 'khai', 'sinh']],
  ])('searches the content of %j: %j', (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });

  it('searches filler at full weight when the query holds nothing else', () => {
    expect(analyzeQuery('thu tuc dang ky', ctx).terms.map((t) => [t.term, t.weight])).toEqual([
      ['thu', 1],
      ['tuc', 1],
      ['dang', 1],
      ['ki', 1],
    ]);
  });

  it.each([
    ['giay phep van tai', ['phep', 'van', 'tai']],
    ['bao ve moi truong', ['bao', 'moi', 'truong']],
    ['xe o to', ['xe', 'o', 'to']],
  ])('keeps filler that forms a catalogue phrase with its neighbour in %j', (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });

  it('keeps typed filler in phrase bigrams next to content', () => {
    expect(analyzeQuery('dang ky lai khai sinh ', ctx).bigrams.map((b) => b.term)).toEqual([
      'ki_lai',
      'lai_khai',
      'khai_sinh',
    ]);
  });

  it('expands synonyms and keeps the replaced words for keywords only', () => {
    const analyzed = analyzeQuery('xin so do', ctx);
    expect(analyzed.terms.map((t) => t.term)).toEqual(['chung', 'nhan', 'quyen', 'su', 'dung', 'dat']);
    expect(analyzed.replacedTerms.map((t) => [t.term, t.weight])).toEqual([
      ['so', 0.3],
      ['do', 0.3],
    ]);
  });

  it('decodes Telex and splits run-together words before matching', () => {
    expect(terms('dawng kys khai sinh')).toEqual(['khai', 'sinh']);
    expect(terms('lylichtuphap')).toEqual(['li', 'lich', 'tu', 'phap']);
  });

  it('uses fuzzy matching only for unknown words of 3 letters or more', () => {
    const analyzed = analyzeQuery('khai sinhh ab xyzabc ', ctx);
    expect(analyzed.terms.map((t) => [t.term, t.fuzzy])).toEqual([
      ['khai', 0],
      ['sinhh', 1],
      ['ab', 0],
      ['xyzabc', 2],
    ]);
  });

  it('adds adjacent-letter swaps that the index knows as spelling candidates', () => {
    expect(terms('khia sinh ')).toEqual(['khia', 'khai', 'sinh']);
  });

  it.each([
    ['khai sinh', 'sinh', false, true],
    ['khai si', 'si', true, true],
    ['khai s', 's', false, true],
    ['khai si ', 'si', false, false],
    ['khai', 'khai', true, false],
  ])('completes the word being typed in %j (%s: prefix %s, bigram prefix %s)', (query, last, prefix, bigramPrefix) => {
    const analyzed = analyzeQuery(query, ctx);
    expect(analyzed.terms.find((t) => t.term === last)?.prefix ?? false).toBe(prefix);
    expect(analyzed.bigrams.at(-1)?.prefix ?? false).toBe(bigramPrefix);
  });

  it.each([
    ['1.001193', ['1.001193'], undefined],
    ['xem 1.001193 va 2.000815', ['1.001193', '2.000815'], undefined],
    ['1.0011', [], '1.0011'],
  ])('finds procedure codes in %j', (query, codes, codePrefix) => {
    const analyzed = analyzeQuery(query, ctx);
    expect(analyzed.codes).toEqual(codes);
    expect(analyzed.codePrefix).toBe(codePrefix);
  });

  it('caps very long queries', () => {
    expect(analyzeQuery('khai '.repeat(200), ctx).contentCount).toBeLessThanOrEqual(30);
  });
});

describe('helpers', () => {
  it.each([
    ['ab', 0],
    ['abc', 1],
    ['abcde', 1],
    ['abcdef', 2],
    ['ab12', 0],
  ])('fuzzinessFor(%j) = %i', (key, expected) => {
    expect(fuzzinessFor(key)).toBe(expected);
  });

  it.each([
    ['dangki', ['dang', 'ki']],
    ['dangky', ['dang', 'ki']],
    ['khaisinh', ['khai', 'sinh']],
    ['tamtru', ['tam', 'tru']],
    ['xyzw', undefined],
    ['khai', undefined],
  ])('splitRunTogether(%j) = %j', (word, expected) => {
    expect(splitRunTogether(word, (k) => vocabulary.has(k))).toEqual(expected);
  });
});
