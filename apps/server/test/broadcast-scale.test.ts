import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { testMasterKey } from './app.ts';
import { heapQuarters, simCall, type FanOutRun } from './fanout-run.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { startSimProcess, type SimProcess } from './sim-process.ts';

/** `npm run bench:fanout` runs the same broadcast to 100,000 followers; a fifth of it keeps `npm test` short. */
const FOLLOWERS = 20_000;

let db: TestDatabase;
let sim: SimProcess;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant.id;
  // Zalo's rate limit lifted, and only a count of each person's messages kept.
  sim = await startSimProcess({ ...DEMO_ZALO_APP, rateLimitPerMinute: 100_000_000, conversationCap: 0 });
}, 60_000);
afterAll(async () => {
  await sim.stop();
  await db.drop();
});

/** The fan-out in a process of its own (as a worker runs it), garbage collected before each memory sample. */
function runInChild(): Promise<FanOutRun> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./fanout-child.ts', import.meta.url))],
    {
      env: {
        ...process.env,
        FANOUT_DB_URL: db.url,
        FANOUT_TENANT: tenantId,
        FANOUT_SIM_URL: sim.url,
        FANOUT_FOLLOWERS: String(FOLLOWERS),
        FANOUT_MASTER_KEY: testMasterKey.toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = /FANOUT_RESULT=(.+)/.exec(output);
      if (code === 0 && line?.[1]) resolve(JSON.parse(line[1]) as FanOutRun);
      else reject(new Error(`the fan-out process exited with ${String(code)}`));
    });
  });
}

describe('a broadcast to a whole province', () => {
  it('reaches every follower exactly once, with memory flat while it runs', async () => {
    const run = await runInChild();
    expect(run.states).toEqual({ sent: FOLLOWERS });
    expect(run.broadcastStatus).toBe('sent');
    expect(run.recipients).toBe(FOLLOWERS);
    // Every follower got exactly one message, as the simulator counted them.
    const counted = await simCall<{ users: number; messages: number; histogram: Record<string, number> }>(
      sim,
      'GET',
      '/users/received',
    );
    expect(counted).toEqual({ users: FOLLOWERS, messages: FOLLOWERS, histogram: { '1': FOLLOWERS } });
    // One batch in hand at a time: what the process retains late in the run is what it retained early.
    const { second, last } = heapQuarters(run.heap);
    expect(run.heap.length).toBeGreaterThanOrEqual(8);
    expect(last - second).toBeLessThan(8 * 1048576);
  }, 300_000);
});
