import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  PlatformModule,
  runMigrationsExclusively,
  type Clock,
  type RingiConfig,
} from '@ringi/platform';
import { AuditModule, AuthModule, DERIVED_ROLE_SOURCE } from '@ringi/auth';
import { HrModule, MyNumberModule, PositionRoleSource } from '@ringi/hr';
import { DelegatedAuthorityModule, TimersModule, WorkflowModule } from '@ringi/workflow';
import { FinanceModule } from '@ringi/finance';
import { PermitsModule } from '@ringi/permits';
import { DocumentsModule } from '@ringi/documents';
import { HealthController } from './health/health.controller';
import { WebModule } from './web/web.module';
import { ALL_ENTITIES, ALL_MIGRATIONS } from './app.schema';

/** Lets auth ask the organisation for position-derived roles without depending on it. */
@Global()
@Module({
  imports: [HrModule],
  providers: [{ provide: DERIVED_ROLE_SOURCE, useExisting: PositionRoleSource }],
  exports: [DERIVED_ROLE_SOURCE],
})
class OrganisationRolesModule {}

@Module({})
export class AppModule {
  static forRoot(config: RingiConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, clock),
        TypeOrmModule.forRootAsync({
          useFactory: () => buildDataSourceOptions(config.database, ALL_ENTITIES, ALL_MIGRATIONS),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrationsExclusively(dataSource);
            return dataSource;
          },
        }),
        TerminusModule,
        AuditModule,
        OrganisationRolesModule,
        AuthModule,
        HrModule,
        MyNumberModule,
        WorkflowModule,
        DelegatedAuthorityModule,
        TimersModule,
        DocumentsModule,
        FinanceModule,
        PermitsModule,
        WebModule,
      ],
      controllers: [HealthController],
    };
  }
}
