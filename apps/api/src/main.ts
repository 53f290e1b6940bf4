import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Logger } from 'pino';
import {
  ConfigurationError,
  closeZoneListeners,
  createRootLogger,
  loadConfig,
  openZoneListeners,
  type RingiConfig,
} from '@ringi/platform';
import { createRingiApp } from './create-app';
import { runPrimary, WORKER_READY, workerCount } from './cluster';
import { seedDemoCity } from '../../../seeds/demo-city';

/**
 * Starts ringi: validated configuration, migrations, optional demo seed, one listener per zone; with
 * RINGI_WORKERS > 1, a primary that prepares the database and that many worker processes sharing the listeners.
 */
async function main(): Promise<void> {
  let config: RingiConfig;
  let workers: number;
  try {
    config = loadConfig();
    workers = workerCount(process.env, config);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`ringi: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const log = createRootLogger(config.logLevel);
  const seedDemo = process.argv.includes('--seed-demo');
  if (workers > 1 && cluster.isPrimary) return runPrimary(config, workers, seedDemo, log);
  return serve(config, seedDemo && cluster.isPrimary, log);
}

/** One API process: the Nest app and the zone listeners (in a cluster, shared with the other workers). */
async function serve(config: RingiConfig, seedDemo: boolean, log: Logger): Promise<void> {
  const { app, handler, dataSource } = await createRingiApp(config);
  if (seedDemo) {
    const summary = await seedDemoCity(dataSource);
    log.info({ seed: summary }, 'demo city みなと市 seeded');
  }
  const listeners = await openZoneListeners(handler, config.listen);
  for (const l of listeners) {
    log.info({ zone: l.zone, address: `http://${l.address.address}:${l.address.port}` }, `listening (${l.zone})`);
  }
  if (cluster.isWorker) process.send?.(WORKER_READY);
  else log.info({ zoneModel: config.zoneModel, database: config.database.type }, 'ringi is ready');

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await closeZoneListeners(listeners);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ringi failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
