import { describe, expect, it } from 'vitest';
import { statuses } from '@motcua/workflow';
import { checkRating } from './rating.ts';

describe('who may rate, and the reason kept', () => {
  it.each(Object.keys(statuses))('a dossier in %s', (status) => {
    expect(checkRating(status, 'satisfied', undefined).ok).toBe(status === 'returned');
  });

  it('needs a reason when unsatisfied and keeps it NFC and trimmed', () => {
    expect(checkRating('returned', 'unsatisfied', undefined)).toEqual({ ok: false, refusal: 'REASON_REQUIRED' });
    expect(checkRating('returned', 'unsatisfied', '  \n ')).toEqual({ ok: false, refusal: 'REASON_REQUIRED' });
    const nfd = ' Hướng dẫn chưa rõ '.normalize('NFD');
    expect(checkRating('returned', 'unsatisfied', nfd)).toEqual({
      ok: true,
      reason: 'Hướng dẫn chưa rõ'.normalize('NFC'),
    });
    expect(checkRating('returned', 'very_satisfied', ' ')).toEqual({ ok: true, reason: null });
  });
});
