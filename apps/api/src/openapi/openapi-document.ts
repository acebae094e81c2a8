// Builds the OpenAPI document without starting anything (Nest preview mode: no database, no queue).
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { applyGlobalPrefix } from '../common/global-prefix';
import { loadConfig } from '../config/config';
import { buildOpenApiDocument } from './openapi';

export async function generateOpenApiDocument(): Promise<string> {
  const config = loadConfig({ DAIKOU_DATA_DIR: '/nonexistent', NODE_ENV: 'production' });
  const app = await NestFactory.create(AppModule.forRoot({ config, role: 'api' }), { preview: true, logger: false });
  applyGlobalPrefix(app);
  const document = buildOpenApiDocument(app);
  await app.close();
  return JSON.stringify(document, null, 2) + '\n';
}
