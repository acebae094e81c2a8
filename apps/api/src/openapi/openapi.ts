// The OpenAPI document served at /api/docs (UI) and /api/docs-json; components come from the shared zod schemas.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { jsonSchemaOf, openApiComponents } from '../common/zod';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Daikou API')
    .setDescription('State–non-state partnerships in Cambodia: proposal → MoU → joint work → monitoring → review.')
    .setVersion('1.0')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth()
    .addCookieAuth('daikou_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of [...openApiComponents.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    schemas[name] = jsonSchemaOf(schema, name.endsWith('Input') || name.endsWith('Query') ? 'input' : 'output');
  }
  document.components = { ...document.components, schemas: { ...(document.components?.schemas ?? {}), ...(schemas as object) } };
  return document;
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
