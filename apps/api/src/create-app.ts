import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { AppModule, type AppOptions } from './app.module';
import './common/zod-locale';
import { ApiErrorFilter, toApiError } from './common/api-error.filter';
import { hostileInputGuard, PathParamsPipe } from './common/hostile-input.middleware';
import { jsonLineSink, loggerSink, requestLog } from './common/request-log.middleware';
import { securityHeaders } from './common/security-headers';
import { mountWebApp } from './web-app';

/** Builds the whole server (API, OpenAPI page, web app) without listening: main.ts and the tests share it. */
export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  const quiet = options.config.quietLogs;
  const json = options.config.logFormat === 'json';
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: quiet ? ['error', 'warn'] : new ConsoleLogger({ json, colors: false }),
  });
  app.setGlobalPrefix('api');
  app.use(requestLog(json && !quiet ? jsonLineSink() : loggerSink()));
  // First, so that every answer carries them, a refused body's included.
  for (const handler of securityHeaders()) app.use(handler);
  app.useBodyParser('json', { limit: '1mb' });
  app.use(hostileInputGuard);
  app.use(bodyErrorHandler);
  app.useGlobalPipes(new PathParamsPipe());
  app.useGlobalFilters(new ApiErrorFilter());
  app.disable('x-powered-by');
  app.set('trust proxy', options.config.trustProxy);
  // Express hashes every JSON answer for an ETag. API answers are small and built in full for every request
  // anyway, so a 304 would spare the server nothing: the hash is pure cost.
  app.set('etag', false);
  mountOpenApi(app);
  mountWebApp(app, options.config.webDist);
  return app;
}

/** Body-parser errors happen before Nest's filters can see them. */
function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!error) return next();
  const { status, body } = toApiError(error);
  res.status(status).json(body);
}

function mountOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('通办 Tongban API')
      .setDescription('政务服务中心审批引擎：流程定义、事项目录、办件、任务、电子监察、工作日历')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
