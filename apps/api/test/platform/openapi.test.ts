// The committed OpenAPI document (packages/api-client/openapi.json, source of the typed client) must match the API.
import fs from 'node:fs';
import path from 'node:path';
import { generateOpenApiDocument } from '../../src/openapi/openapi-document';

it('packages/api-client/openapi.json is up to date (else run `pnpm generate:api-client`)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'packages', 'api-client', 'openapi.json'), 'utf8');
  expect(await generateOpenApiDocument()).toBe(committed);
});

it('documents every path of the public contract', async () => {
  const document = JSON.parse(await generateOpenApiDocument());
  for (const p of ['/api/health', '/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/admin-units', '/api/admin-units/{code}',
    '/api/organizations', '/api/organizations/{id}', '/api/users', '/api/jobs/{id}']) {
    expect(Object.keys(document.paths)).toContain(p);
  }
  expect(document.components.schemas.LoginInput.properties.email).toBeDefined();
});
