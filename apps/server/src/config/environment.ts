/**
 * The process environment as it is, for the one reader that needs names not known in advance: a
 * province bundle names the variables that hold its secrets (`channels.json` `…Env`).
 */
export function processEnvironment(): Readonly<Record<string, string | undefined>> {
  return process.env;
}
