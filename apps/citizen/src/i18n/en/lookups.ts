import type { viLookups } from '../vi/lookups.ts';

export const enLookups: Record<keyof typeof viLookups, string> = {
  'civic.title': 'Look-ups',
  'civic.entry': 'Land prices, traffic fines, driving licences',
  'civic.intro':
    'Look up the land price table by street, traffic fines by licence plate and the status of a driving licence.',
  'civic.kinds': 'Look-up',
  'civic.kind.land-price': 'Land prices',
  'civic.kind.traffic-fines': 'Traffic fines',
  'civic.kind.driving-licence': 'Driving licence',
  'civic.query.land-price': 'Street name',
  'civic.query.traffic-fines': 'Licence plate',
  'civic.query.driving-licence': 'Driving licence number (12 digits)',
  'civic.example': 'e.g. {example}',
  'civic.required': 'Type what to look up.',
  'civic.submit': 'Look up',
  'civic.searching': 'Looking up…',
  'civic.unavailable': 'The province has not provided data for this look-up yet.',
  'civic.none': 'The province has not provided any look-up data yet.',
  'civic.sample': 'Sample data — not for real transactions.',
  'civic.source': 'Source: {source}, updated {date}',
  'civic.more': 'Showing {shown} of {total} results. Type more precisely to narrow them.',
};
