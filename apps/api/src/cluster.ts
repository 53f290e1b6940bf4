import cluster, { type Worker } from 'node:cluster';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  buildDataSourceOptions,
  ConfigurationError,
  runMigrationsExclusively,
  type RingiConfig,
} from '@ringi/platform';
import { ALL_ENTITIES, ALL_MIGRATIONS } from './app.schema';
import { seedDemoCity } from '../../../seeds/demo-city';

const MAX_WORKERS = 64;
/**
 * V8 flags for the workers. An approval allocates heavily (bpmn-engine's message broker, TypeORM's entity
 * hydration) and the default 16 MB young generation made it collect constantly: 64 MB cut the engine's CPU per
 * step by about 30% in bench/engine-floor.js. A value given in NODE_OPTIONS or on the command line wins.
 */
const WORKER_V8_FLAGS = ['--max-semi-space-size=64'];
/** What a worker sends the primary once its listeners are open. */
export const WORKER_READY = 'ringi:ready';

/**
 * RINGI_WORKERS: how many API processes serve the listeners (node:cluster shares the sockets). Default 1,
 * one process and no cluster. More than one needs MySQL/MariaDB: the processes coordinate through row
 * locks and claimed timer rows, which an SQLite file shared by several processes does not give.
 */
export function workerCount(env: NodeJS.ProcessEnv, config: RingiConfig): number {
  const raw = env.RINGI_WORKERS;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ConfigurationError([
      `RINGI_WORKERS=${JSON.stringify(raw)}: must be a whole number from 1 to ${MAX_WORKERS}`,
    ]);
  }
  if (n > 1 && config.database.type === 'sqlite') {
    throw new ConfigurationError([
      `RINGI_WORKERS=${n}: several API processes need DATABASE_URL (MySQL/MariaDB); SQLite runs one process`,
    ]);
  }
  return n;
}

/**
 * The primary of a multi-process API: migrates (and seeds) once, then starts the workers one after another,
 * each after the previous one is listening, so that no two of them initialise shared files at the same time.
 * A worker that dies while serving is replaced; one that dies while starting stops the whole API.
 */
export async function runPrimary(config: RingiConfig, workers: number, seedDemo: boolean, log: Logger): Promise<void> {
  await prepareDatabase(config, seedDemo, log);
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  cluster.setupPrimary({
    execArgv: [
      ...process.execArgv,
      ...WORKER_V8_FLAGS.filter((flag) => !given.includes(flag.slice(0, flag.indexOf('=')))),
    ],
  });
  let stopping = false;
  const ready = new Set<Worker>();

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const worker = cluster.fork();
      worker.on('message', (message: unknown) => {
        if (message !== WORKER_READY) return;
        ready.add(worker);
        resolve();
      });
      worker.once('exit', (code, signal) => {
        const wasReady = ready.delete(worker);
        if (stopping) return;
        if (!wasReady)
          return reject(new Error(`API worker ${worker.process.pid} failed to start (exit ${code ?? signal})`));
        log.error({ pid: worker.process.pid, code, signal }, 'API worker died; starting a replacement');
        start().catch((error: unknown) => fail(error));
      });
    });

  const fail = (error: unknown) => {
    log.fatal({ err: error }, 'API workers could not be started');
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exitCode = 1;
  };

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down the API workers');
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  try {
    for (let i = 0; i < workers && !stopping; i++) await start();
  } catch (error) {
    fail(error);
    return;
  }
  log.info({ workers, zoneModel: config.zoneModel, database: config.database.type }, 'ringi is ready');
}

/** Migrations (and the demo seed) run here once, before any worker exists. */
async function prepareDatabase(config: RingiConfig, seedDemo: boolean, log: Logger): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(config.database, ALL_ENTITIES, ALL_MIGRATIONS));
  await dataSource.initialize();
  try {
    await runMigrationsExclusively(dataSource);
    if (seedDemo) log.info({ seed: await seedDemoCity(dataSource) }, 'demo city みなと市 seeded');
  } finally {
    await dataSource.destroy();
  }
}
