import { Module } from '@nestjs/common';
import { CaseViewsController } from './case-views.controller';

/** The web app's own read models; the bundle itself is served by webAppRouter before Nest. */
@Module({ controllers: [CaseViewsController] })
export class WebModule {}
