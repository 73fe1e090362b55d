import { startZaloSim, type ZaloSimOptions } from '@motcua/zalo-sim/server';

/**
 * The simulator on its own, in a process of its own (load runs keep it off the measured process):
 * options as JSON in `ZALO_SIM_OPTIONS`, the port in `ZALO_SIM_PORT` (default: any free one). It
 * prints `ZALO_SIM_URL=<base url>` once listening and stops on SIGTERM or when stdin closes.
 */
const options = JSON.parse(process.env['ZALO_SIM_OPTIONS'] ?? '{}') as Partial<ZaloSimOptions>;
const running = await startZaloSim(options, { port: Number(process.env['ZALO_SIM_PORT'] ?? 0) });
process.stdout.write(`ZALO_SIM_URL=${running.url}\n`);
const stop = () => {
  void running.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
