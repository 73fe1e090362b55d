import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config/config.ts';
import { CliError } from './cli-error.ts';
import type * as CommandsModule from './commands.ts';
import type * as TenantCommandsModule from './tenant-commands.ts';
import type * as UnitsCommandsModule from './units-commands.ts';

type Commands = typeof CommandsModule;

/** Commands load the application only when they run, so `--help` and argument errors answer fast. */
async function commands(): Promise<Commands> {
  return import('./commands.ts');
}

async function tenantCommands(): Promise<typeof TenantCommandsModule> {
  return import('./tenant-commands.ts');
}

async function unitsCommands(): Promise<typeof UnitsCommandsModule> {
  return import('./units-commands.ts');
}

function fail(error: unknown): never {
  if (error instanceof CliError || error instanceof ConfigError) {
    process.stderr.write(`motcua: ${error.message}\n`);
  } else {
    process.stderr.write(
      `motcua: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
}

const program = new Command('motcua')
  .description('Một Cửa — public administrative services on Zalo and the web, and the officers’ console')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('start')
  .description('Run the system: API, web apps and job runner (embedded PostgreSQL unless DATABASE_URL is set)')
  .addOption(new Option('--role <role>', 'what this process runs').choices(['all', 'api', 'worker']).default('all'))
  .action(async (options: { role: 'all' | 'api' | 'worker' }) => (await commands()).startCommand(options));

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(async () => (await commands()).migrateCommand());

program
  .command('seed')
  .description('Load sample data')
  .argument('<what>', 'what to seed: demo (the Tây Ninh demo province)', (value) => {
    if (value !== 'demo') throw new InvalidArgumentError('only "demo" can be seeded');
    return value;
  })
  .action(async () => (await commands()).seedDemoCommand());

const catalog = program.command('catalog').description('Manage the procedure catalogue');

catalog
  .command('synonym')
  .description(
    'Teach the search an everyday word of the province (e.g. "bìa đỏ" → "giấy chứng nhận quyền sử dụng đất")',
  )
  .argument('<term>', 'what citizens type')
  .argument('<expansion>', 'what it means in the catalogue')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .action(async (term: string, expansion: string, options: { tenant: string }) =>
    (await commands()).synonymAddCommand(term, expansion, options),
  );

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('a whole number from 1 to 100000');
  return n;
}

catalog
  .command('synthetic')
  .description('Print a synthetic catalogue as JSON Lines, for load tests (every record says it is synthetic)')
  .option('--count <n>', 'how many procedures', positiveInteger, 2212)
  .option('--seed <n>', 'seed; the same seed prints the same catalogue', positiveInteger, 1)
  .action(async (options: { count: number; seed: number }) => {
    (await commands()).syntheticCommand(options);
  });

catalog
  .command('import')
  .description(
    'Import procedures from a CSV (national-database columns), JSON or JSON Lines file (our definitions or national-database records); all or nothing',
  )
  .argument('<file>', 'a .csv, .json (array) or .jsonl file')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .option('--by <name>', 'who publishes, recorded on each version', 'cli')
  .action(async (file: string, options: { tenant: string; by: string }) =>
    (await commands()).catalogImportCommand(file, options),
  );

const tenant = program.command('tenant').description('Manage provinces (tenants)');

tenant
  .command('create')
  .description(
    'Create a province from a bundle directory (see docs/onboarding.md), or from answers to prompts; checked whole first, then loaded in one transaction',
  )
  .option('--bundle <dir>', 'a bundle: tenant.json, units.csv, officers.csv, calendar.json, channels.json, catalog.*')
  .option('--check', 'only check the bundle and report every problem; write nothing')
  .option('--passwords <file>', 'write generated initial passwords to this file (mode 0600) instead of printing them')
  .action(async (options: { bundle?: string; check?: boolean; passwords?: string }) =>
    (await tenantCommands()).tenantCreateCommand(options),
  );

tenant
  .command('list')
  .description('List the provinces with their units, officers, procedures and Zalo OA state')
  .option('--json', 'print JSON')
  .action(async (options: { json?: boolean }) => (await tenantCommands()).tenantListCommand(options));

const units = program.command('units').description('Manage the national administrative units');

units
  .command('remap')
  .description(
    'Move a province from merged or renumbered units to their successors (a CSV old_code,new_code or JSON mapping): open dossiers, followers, scheduled broadcasts, units, the province code; one transaction, audited',
  )
  .argument('<mapping>', 'a .csv (old_code,new_code[,kind]) or .json ([{oldCode, newCode, kind?}]) file')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .option('--dry-run', 'print and write the report without changing anything')
  .option('--report <path>', 'write the report to <path>.json and <path>.csv (default: beside the mapping)')
  .action(async (file: string, options: { tenant: string; dryRun?: boolean; report?: string }) =>
    (await unitsCommands()).unitsRemapCommand(file, options),
  );

units
  .command('import')
  .description(
    'Import provinces and communes from the reference JSON layout (2025 administrative units); all or nothing',
  )
  .argument('<file>', 'a .json file: an array of provinces, each with its Wards')
  .action(async (file: string) => (await commands()).unitsImportCommand(file));

program
  .command('lookups')
  .description('Manage the civic look-up data (land prices, traffic fines, driving licences)')
  .command('import')
  .description(
    "Replace a province's look-up data of one kind with a CSV file; every row is checked first, all or nothing",
  )
  .argument('<kind>', 'land-price, traffic-fines or driving-licence')
  .argument('<file>', 'a UTF-8 .csv file with a header line (see docs/lookups.md)')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .option('--sample', 'the data is sample data: every answer says it is not for real transactions', false)
  .option('--source <text>', 'what the data is (default: the file name)')
  .option('--by <name>', 'who imports, recorded with the data', 'cli')
  .action(
    async (kind: string, file: string, options: { tenant: string; sample: boolean; source?: string; by: string }) =>
      (await commands()).lookupsImportCommand(kind, file, options),
  );

program
  .command('audit')
  .description('Check the audit log')
  .command('verify')
  .description('Recompute the hash chain of a province’s audit log; exits non-zero if any entry was changed or removed')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .action(async (options: { tenant: string }) => (await commands()).auditVerifyCommand(options));

program.parseAsync(process.argv).catch(fail);
