import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  ConfigurationError,
  loadConfig,
  runMigrationsExclusively,
  SystemClock,
  Transactions,
} from '@ringi/platform';
import { AuditTrail } from '@ringi/auth';
import { ALL_ENTITIES, ALL_MIGRATIONS } from './app.schema';
import { seedDemoCity } from '../../../seeds/demo-city';

/** Operations from the shell: `migrate`, `seed`, `audit-verify`. */
async function run(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const dataSource = new DataSource(buildDataSourceOptions(config.database, ALL_ENTITIES, ALL_MIGRATIONS));
  await dataSource.initialize();
  try {
    const applied = await runMigrationsExclusively(dataSource);
    switch (command) {
      case 'migrate':
        process.stdout.write(
          `migrations applied: ${applied.length ? applied.map((m) => m.name).join(', ') : 'none (schema is current)'}\n`,
        );
        return 0;
      case 'seed': {
        const summary = await seedDemoCity(dataSource);
        process.stdout.write(`demo city seeded: ${JSON.stringify(summary)}\n`);
        return 0;
      }
      case 'audit-verify': {
        const trail = new AuditTrail(dataSource, new Transactions(dataSource), new SystemClock());
        const result = await trail.verify();
        if (result.ok) {
          process.stdout.write(`audit trail intact: ${result.checked} rows verified\n`);
          return 0;
        }
        process.stdout.write(
          `audit trail BROKEN at row ${result.firstBroken?.seq}: ${result.firstBroken?.reason} (${result.checked} rows verified before it)\n`,
        );
        return 2;
      }
      default:
        process.stderr.write('usage: cli.js migrate | seed | audit-verify\n');
        return 64;
    }
  } finally {
    await dataSource.destroy();
  }
}

run(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`ringi: ${error.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
