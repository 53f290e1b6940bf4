import 'reflect-metadata';
import {
  ConfigurationError,
  closeZoneListeners,
  createRootLogger,
  loadConfig,
  openZoneListeners,
} from '@ringi/platform';
import { createRingiApp } from './create-app';
import { seedDemoCity } from '../../../seeds/demo-city';

/** Starts ringi: validated configuration, migrations, optional demo seed, one listener per zone. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`ringi: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const log = createRootLogger(config.logLevel);
  const { app, handler, dataSource } = await createRingiApp(config);
  if (process.argv.includes('--seed-demo')) {
    const summary = await seedDemoCity(dataSource);
    log.info({ seed: summary }, 'demo city みなと市 seeded');
  }
  const listeners = await openZoneListeners(handler, config.listen);
  for (const l of listeners) {
    log.info({ zone: l.zone, address: `http://${l.address.address}:${l.address.port}` }, `listening (${l.zone})`);
  }
  log.info({ zoneModel: config.zoneModel, database: config.database.type }, 'ringi is ready');

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
