const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

function letters(word: string): string[] {
  return Array.from(segmenter.segment(word), (s) => s.segment);
}

/**
 * The applicant's name as lists show it (the inbox's rule): the family name stays, other words keep
 * their first letter. Names appear in full only in the dossier view, whose reads are logged.
 */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (family === undefined) return '';
  if (rest.length === 0) return `${letters(family)[0] ?? ''}***`;
  const initials = rest.map((word) => {
    const [first = '', ...others] = letters(word);
    return `${first}${'*'.repeat(Math.max(1, others.length))}`;
  });
  return [family, ...initials].join(' ');
}
