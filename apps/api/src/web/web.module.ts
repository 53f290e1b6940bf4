import { Module } from '@nestjs/common';
import { CaseViewsController } from './case-views.controller';
import { InstanceMonitorController } from './instance-monitor.controller';

/** The web app's own read models (my requests, case route, instance monitor); the bundle itself is served by webAppRouter before Nest. */
@Module({ controllers: [CaseViewsController, InstanceMonitorController] })
export class WebModule {}
