import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Paths that may carry personal data or secrets. They are censored wherever they appear in a log
 * line; code must still never log personal data on purpose.
 */
const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.phone',
  '*.idNumber',
  '*.fullName',
  '*.email',
  '*.address',
  '*.token',
  '*.secret',
  // A job's payload (the job runner logs the job it ran) may hold a phone number or a name.
  'job.payload',
  // Drizzle's query errors carry the query's values; PostgreSQL's `detail` quotes the row's.
  '*.params',
  'err.detail',
  'error.detail',
];

/** Drizzle writes a failed query's values into its message and stack (`…\nparams: 0912…,Nguyễn…`). */
const QUERY_VALUES = /\nparams: [\s\S]*?(?=\n\s+at |$)/g;

function withoutQueryValues(text: string): string {
  return text.replace(QUERY_VALUES, '\nparams: [redacted]');
}

/** The standard error serializer, without the values of a failed query. */
function errorWithoutValues(error: Error): pino.SerializedError {
  const serialized = pino.stdSerializers.err(error);
  if (typeof serialized !== 'object') return serialized;
  return {
    ...serialized,
    message: withoutQueryValues(serialized.message),
    stack: withoutQueryValues(serialized.stack),
  };
}

export function createLogger(level: LoggerOptions['level'], destination?: pino.DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'motcua' },
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: errorWithoutValues, error: errorWithoutValues },
    hooks: {
      // Messages built from an error's text (the job runner's "Failed task … with error …").
      logMethod(args, method) {
        const scrubbed = args.map((arg: unknown) => (typeof arg === 'string' ? withoutQueryValues(arg) : arg));
        method.apply(this, scrubbed as typeof args);
      },
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
