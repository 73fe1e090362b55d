import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { simHosts } from '@motcua/zalo-sim/server';
import type { ZaloHosts } from '../src/modules/channels/index.ts';

export interface SimProcess {
  url: string;
  hosts: ZaloHosts;
  stop(): Promise<void>;
}

const main = fileURLToPath(new URL('./sim-main.ts', import.meta.url));

/** The Zalo simulator in a child process (load tests: its memory and CPU are not the measured process's). */
export async function startSimProcess(options: Record<string, unknown>): Promise<SimProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, ZALO_SIM_OPTIONS: JSON.stringify(options) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('the simulator did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`the simulator exited with ${String(code)}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const found = /ZALO_SIM_URL=(\S+)/.exec(seen);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  return {
    url,
    hosts: simHosts(url),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
