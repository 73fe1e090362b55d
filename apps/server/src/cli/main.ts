import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config/config.ts';
import { CliError } from './cli-error.ts';
import type * as CommandsModule from './commands.ts';

type Commands = typeof CommandsModule;

/** Commands load the application only when they run, so `--help` and argument errors answer fast. */
async function commands(): Promise<Commands> {
  return import('./commands.ts');
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
    'Import procedures from a JSON or JSON Lines file (our definitions or national-database records); all or nothing',
  )
  .argument('<file>', 'a .json (array) or .jsonl file')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .option('--by <name>', 'who publishes, recorded on each version', 'cli')
  .action(async (file: string, options: { tenant: string; by: string }) =>
    (await commands()).catalogImportCommand(file, options),
  );

program
  .command('units')
  .description('Manage the national administrative units')
  .command('import')
  .description(
    'Import provinces and communes from the reference JSON layout (2025 administrative units); all or nothing',
  )
  .argument('<file>', 'a .json file: an array of provinces, each with its Wards')
  .action(async (file: string) => (await commands()).unitsImportCommand(file));

program
  .command('audit')
  .description('Check the audit log')
  .command('verify')
  .description('Recompute the hash chain of a province’s audit log; exits non-zero if any entry was changed or removed')
  .requiredOption('--tenant <slug>', 'province slug, e.g. tay-ninh')
  .action(async (options: { tenant: string }) => (await commands()).auditVerifyCommand(options));

program.parseAsync(process.argv).catch(fail);
