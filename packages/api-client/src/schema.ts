// Bootstrap copy: regenerated from the API's OpenAPI document by `pnpm generate` (do not edit by hand).
export interface paths {
  '/api/health': {
    get: { responses: { 200: { content: { 'application/json': components['schemas']['Health'] } } } };
  };
  '/api/auth/login': {
    post: {
      requestBody: { content: { 'application/json': components['schemas']['LoginInput'] } };
      responses: { 200: { content: { 'application/json': components['schemas']['LoginResult'] } } };
    };
  };
  '/api/auth/logout': {
    post: { responses: { 204: { content: never } } };
  };
  '/api/auth/me': {
    get: { responses: { 200: { content: { 'application/json': components['schemas']['User'] } } } };
  };
}
export interface components {
  schemas: {
    Health: { status: 'ok' | 'degraded'; database: 'up' | 'down'; queue: 'bullmq' | 'inline' };
    LoginInput: { email: string; password: string };
    User: {
      id: string;
      email: string;
      name: string;
      role: 'admin' | 'moi_reviewer' | 'sna_officer' | 'cso_officer';
      organizationId: string;
      isSignatory: boolean;
      locale: 'km' | 'en';
    };
    LoginResult: { token: string; user: components['schemas']['User'] };
  };
}
