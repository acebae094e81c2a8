// Typed HTTP client for the Daikou API, generated from its OpenAPI document (see src/schema.ts).
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths, components } from './schema.js';

export type { paths, components };
export type DaikouClient = Client<paths>;
export type Schemas = components['schemas'];

export function createApiClient(options: ClientOptions = {}): DaikouClient {
  return createClient<paths>({ credentials: 'same-origin', ...options });
}
