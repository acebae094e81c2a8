export const TEMPLATE_DB = 'daikou_test_template';

/** The PostgreSQL server the integration tests use (scripts/test.sh starts one and sets this). */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error('TEST_DATABASE_URL is not set: run the tests with `pnpm test` (it starts PostgreSQL and Redis), or point it at a server');
  }
  return url;
}

export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run the tests with `pnpm test` (it starts PostgreSQL and Redis)');
  return url;
}

export function withDatabase(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
