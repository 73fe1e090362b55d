/**
 * Child processes the drills start, kill and start again: `motcua start --role …` and the Zalo
 * simulator. Each child's output goes to a log file of its own (nothing is shown unless a drill
 * fails); a child is ready once it prints its ready line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const motcuaBin = path.join(repoRoot, 'apps/server/bin/motcua.js');
export const simMain = path.join(repoRoot, 'apps/server/test/sim-main.ts');

export interface ProcessSpec {
  name: string;
  args: readonly string[];
  env: Record<string, string>;
  /** The line the child prints once it serves. */
  ready: RegExp;
  /** Where its output goes (appended across restarts). */
  logFile: string;
  readyTimeoutMs?: number;
}

/** A child process the drill controls: started, killed with SIGKILL, frozen, started again. */
export class DrillProcess {
  private child: ChildProcess | undefined;
  private log: WriteStream;
  /** How many times it was started. */
  starts = 0;

  constructor(readonly spec: ProcessSpec) {
    this.log = createWriteStream(spec.logFile, { flags: 'a' });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the child and resolves with the ready line's match once it serves. */
  async start(): Promise<RegExpExecArray> {
    if (this.running) throw new Error(`${this.spec.name} is already running`);
    this.starts += 1;
    this.log.write(`\n--- start #${this.starts} at ${new Date().toISOString()} ---\n`);
    const child = spawn(process.execPath, [...this.spec.args], {
      cwd: repoRoot,
      env: this.spec.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout.pipe(this.log, { end: false });
    child.stderr.pipe(this.log, { end: false });
    const timeoutMs = this.spec.readyTimeoutMs ?? 180_000;
    return new Promise((resolve, reject) => {
      let seen: string | undefined = '';
      const timer = setTimeout(() => {
        reject(new Error(`${this.spec.name} was not ready within ${timeoutMs / 1000} s (log: ${this.spec.logFile})`));
      }, timeoutMs);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`${this.spec.name} exited (${String(code)}) before it was ready (log: ${this.spec.logFile})`));
      };
      child.once('exit', onExit);
      child.stdout.on('data', (chunk: Buffer) => {
        if (seen === undefined) return;
        seen += chunk.toString('utf8');
        const found = this.spec.ready.exec(seen);
        if (found) {
          seen = undefined;
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(found);
        }
      });
    });
  }

  /** `kill -9`: no shutdown, no cleanup, in-flight work lost as in a crash. */
  async kill9(): Promise<void> {
    await this.signalAndWait('SIGKILL');
  }

  /** A clean stop (SIGTERM), as an orchestrator does before a restart. */
  async stop(): Promise<void> {
    await this.signalAndWait('SIGTERM');
  }

  /** Freezes the process (SIGSTOP): its sockets stay open and nothing answers. */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  /** Resumes a frozen process (SIGCONT). */
  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  async close(): Promise<void> {
    if (this.running) {
      this.thaw();
      await this.stop();
    }
    await new Promise<void>((resolve) => this.log.end(resolve));
  }

  private async signalAndWait(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** The parent's environment without its own Một Cửa settings, so a drill controls every one. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('MOTCUA_') || key === 'DATABASE_URL' || key === 'PORT') continue;
    env[key] = value;
  }
  return env;
}
