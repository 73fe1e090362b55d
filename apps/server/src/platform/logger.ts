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
];

export function createLogger(level: LoggerOptions['level'], destination?: pino.DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'motcua' },
    redact: { paths: redactPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
