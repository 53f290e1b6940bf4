import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ManualClock, PlatformModule, buildDataSourceOptions, loadConfig, orderMigrations } from '@ringi/platform';
import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditModule } from '@ringi/auth';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database';
import { HrModule } from '../hr.module';
import { HR_ENTITIES, HR_MIGRATIONS } from '../hr.schema';

export interface HrTestContext {
  moduleRef: TestingModule;
  dataSource: DataSource;
  clock: ManualClock;
  close(): Promise<void>;
}

/**
 * The medium tier: HrModule on a fresh real database (SQLite file, or MariaDB/MySQL when
 * DATABASE_URL is set), migrated like the app, with the platform and the audit trail.
 */
export async function createHrTestContext(now: string): Promise<HrTestContext> {
  const db: TestDatabase = await createTestDatabase();
  const clock = new ManualClock(new Date(now));
  const config = { ...loadConfig({ RINGI_LOG_LEVEL: 'silent' }), database: db.config, dataDir: db.dataDir };
  let moduleRef: TestingModule | undefined;
  try {
    moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(config, clock),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(
            db.config,
            [...AUTH_ENTITIES, ...HR_ENTITIES],
            orderMigrations(AUTH_MIGRATIONS, HR_MIGRATIONS),
          ),
          migrationsRun: true,
          migrationsTransactionMode: 'each',
        }),
        AuditModule,
        HrModule,
      ],
    }).compile();
    await moduleRef.init();
  } catch (error) {
    await moduleRef?.close();
    await db.drop();
    throw error;
  }
  const ref = moduleRef;
  return {
    moduleRef: ref,
    dataSource: ref.get(DataSource),
    clock,
    async close() {
      await ref.close();
      await db.drop();
    },
  };
}
