import type { viLookups } from '../vi/lookups.ts';

export const enLookups: Record<keyof typeof viLookups, string> = {
  'admin.tab.lookups': 'Look-up data',
  'lookups.intro':
    'What citizens look up on Zalo and in the app: land prices, traffic fines, driving licences. Each CSV file (UTF-8) replaces all the data of its kind; a file with any bad row imports nothing.',
  'lookups.kind': 'Look-up',
  'lookups.source': 'Source',
  'lookups.importedAt': 'Updated',
  'lookups.importedBy': 'Imported by',
  'lookups.rows': 'Rows',
  'lookups.empty': 'No data yet',
  'lookups.sampleTag': 'Sample data',
  'lookups.columns': 'CSV columns: {columns}',
  'lookups.upload': 'Import a CSV file',
  'lookups.file': 'CSV file',
  'lookups.fileRequired': 'Choose a CSV file.',
  'lookups.sourceHelp': 'e.g. the number of the decision that set the prices, or the file name.',
  'lookups.sourceRequired': 'Enter the source of the data.',
  'lookups.sample': 'This is sample data (every answer will say "Sample data — not for real transactions")',
  'lookups.submit': 'Import and replace',
  'lookups.imported': '{rows} rows imported for {kind}.',
  'lookups.problems': 'Rows with errors:',
};
