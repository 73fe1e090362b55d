/**
 * Province (or city) codes that open a 12-digit personal ID number: where the birth was
 * registered, in the 63-province list of before 2025 (existing numbers did not change with the
 * merger). NĐ 137/2015 Điều 13; Luật Căn cước 2023.
 */
const BIRTH_PROVINCE_CODES = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

/** What the number itself says: the century and sex digit and the birth year's last two digits. */
export interface IdNumberFacts {
  validProvince: boolean;
  /** The birth year's century (1900, 2000…) and the sex the fourth digit encodes. */
  century: number;
  sex: 'Nam' | 'Nữ';
  yearOfCentury: number;
}

/** Reads a 12-digit number's structure; undefined for anything that is not 12 digits. */
export function idNumberFacts(value: string): IdNumberFacts | undefined {
  if (!/^\d{12}$/.test(value)) return undefined;
  const digit = Number(value[3]);
  return {
    validProvince: BIRTH_PROVINCE_CODES.has(value.slice(0, 3)),
    century: 1900 + Math.floor(digit / 2) * 100,
    sex: digit % 2 === 0 ? 'Nam' : 'Nữ',
    yearOfCentury: Number(value.slice(4, 6)),
  };
}

/**
 * How far the number agrees with what else was read: 1 when its province code is real and its
 * fourth to sixth digits match the birth year and sex, less for each disagreement.
 */
export function idNumberPlausibility(value: string, birthYear?: number, sex?: string): number {
  const facts = idNumberFacts(value);
  if (!facts) return 0;
  let score = facts.validProvince ? 1 : 0.6;
  if (birthYear !== undefined && facts.century + facts.yearOfCentury !== birthYear) score *= 0.7;
  if (sex !== undefined && sex !== facts.sex) score *= 0.8;
  return score;
}
