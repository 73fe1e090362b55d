/**
 * What the report says about a benchmark that failed: one line, the first that says what went
 * wrong, without anything of the machine it ran on. Paths inside the repository become relative
 * to its root; any other absolute path, the host's name and the user's name become `…`.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is in `bench/`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Lines that never say what failed: blanks, stack frames, npm's wrapper, Node's banner, source excerpts. */
const NOISE = [
  /^\s*$/,
  /^\s+at\s/,
  /^\s*npm (error|warn|notice|ERR!)/i,
  /^\s*Node\.js v\d/,
  /^\s*\^+\s*$/,
  /^\s*(file:\/\/)?\/\S+:\d+\s*$/,
  /^\s*[{}[\]]\s*$/,
];
/** A line naming an error: `Error: …`, `TypeError: …`, `Error [ERR_X]: …`, `Uncaught ConfigError: …`. */
const ERROR_LINE = /^\s*(Uncaught\s+)?([A-Z][A-Za-z]*)?(Error|Exception)\b(\s\[[A-Z0-9_]+\])?:/;

const meaningful = (line: string): boolean => !NOISE.some((re) => re.test(line)) && !line.trim().startsWith('{"');

/**
 * The first line that names an error (what was written to standard error first), else the last
 * meaningful line printed; scrubbed of the machine's details.
 */
export function failureLine(stderr: readonly string[], stdout: readonly string[], root = REPO_ROOT): string {
  const line =
    stderr.find((l) => ERROR_LINE.test(l)) ??
    stdout.find((l) => ERROR_LINE.test(l)) ??
    stderr.filter(meaningful).at(-1) ??
    stdout.filter(meaningful).at(-1) ??
    '';
  return scrubMachineDetails(line.trim(), root);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names of this machine and its user that must not reach a published report. */
function machineNames(): string[] {
  const names = new Set<string>();
  const host = os.hostname();
  names.add(host);
  names.add(host.split('.')[0] ?? '');
  try {
    names.add(os.userInfo().username);
  } catch {
    // no user entry (some containers): nothing to hide
  }
  return [...names].filter((n) => n.length >= 2);
}

/**
 * Absolute paths relative to `root` (`…` outside it), `file://` URLs alike; the host's and the
 * user's names as `…`. URLs with a host (`http://…/x`) are not paths and stay as they are.
 */
export function scrubMachineDetails(text: string, root = REPO_ROOT): string {
  const relative = (absolute: string): string => {
    const clean = absolute.replace(/^file:\/\//, '');
    if (clean === root) return '.';
    return clean.startsWith(`${root}/`) ? clean.slice(root.length + 1) : '…';
  };
  let out = text
    .replace(/file:\/\/\/[^\s'"`()<>,;]*/g, (m) => relative(m))
    .replace(
      /(^|[\s('"`=[])(\/[^\s'"`()<>,;/]+\/[^\s'"`()<>,;]*)/g,
      (_m, before: string, p: string) => `${before}${relative(p)}`,
    )
    .replace(/\b[A-Za-z]:\\[^\s'"`()<>,;]*/g, '…');
  for (const name of machineNames()) out = out.replace(new RegExp(`\\b${escape(name)}\\b`, 'g'), '…');
  return out;
}
