// `pnpm generate:api-client` step 1: writes the OpenAPI document into packages/api-client/openapi.json.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { generateOpenApiDocument } from '../openapi/openapi-document';

export const API_CLIENT_DIR = path.join(__dirname, '..', '..', '..', '..', 'packages', 'api-client');

generateOpenApiDocument()
  .then((json) => {
    fs.writeFileSync(path.join(API_CLIENT_DIR, 'openapi.json'), json);
    console.log('Wrote packages/api-client/openapi.json');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
