// Typed HTTP client for the Daikou API, generated from its OpenAPI document (see src/schema.ts).
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths, components } from './schema.js';

export type { paths, components };
// Calls read JSON: a list that also downloads as CSV (`format=csv`) is fetched as a plain link, not through the client.
export type DaikouClient = Client<paths, 'application/json'>;
export type Schemas = components['schemas'];

export function createApiClient(options: ClientOptions = {}): DaikouClient {
  return createClient<paths, 'application/json'>({ credentials: 'same-origin', ...options });
}
