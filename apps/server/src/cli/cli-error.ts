/** A failure the CLI reports as one clear message and a non-zero exit, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}
