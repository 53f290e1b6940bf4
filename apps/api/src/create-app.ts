import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import {
  configureExpress,
  createRootLogger,
  createValidationPipe,
  DomainExceptionFilter,
  JsonLogger,
  zoneOf,
  type Clock,
  type RingiConfig,
} from '@ringi/platform';
import { AppModule } from './app.module';
import { webAppRouter } from './web/serve-web';

export interface RingiApp {
  app: INestApplication;
  /** The request handler every zone listener feeds. */
  handler: Express;
  dataSource: DataSource;
}

/** OpenAPI is an LGWAN-side tool: the other listeners do not serve it. */
function docsOnLgwanOnly(req: Request, res: Response, next: NextFunction) {
  if (zoneOf(req) === 'lgwan') return next();
  res.status(404).json({ statusCode: 404, error: 'Not Found', message: 'この接続系では提供していない機能です。' });
}

export async function createRingiApp(config: RingiConfig, options: { clock?: Clock } = {}): Promise<RingiApp> {
  const handler = express();
  configureExpress(handler);
  handler.use('/api/docs', docsOnLgwanOnly);
  handler.use(webAppRouter(config.zoneModel));
  const logger = new JsonLogger(createRootLogger(config.logLevel));
  const app = await NestFactory.create(AppModule.forRoot(config, options.clock), new ExpressAdapter(handler), {
    bodyParser: false,
    logger,
    abortOnError: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ringi API')
      .setDescription('電子決裁・文書管理・財務会計・庶務事務・道路占用許可の共通基盤 API')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  await app.init();
  return { app, handler, dataSource: app.get(DataSource) };
}
