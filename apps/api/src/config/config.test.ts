import { ConfigError, loadConfig } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to embedded PostgreSQL and inline jobs', () => {
    const config = loadConfig({});
    expect(config.database.mode).toBe('embedded');
    expect(config.redisUrl).toBeNull();
    expect(config.autoMigrate).toBe(true);
    expect(config.port).toBe(3000);
  });

  it('uses an external database and Redis when their URLs are set, without auto-migration', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/daikou', REDIS_URL: 'redis://redis:6379' });
    expect(config.database).toEqual({ mode: 'external', url: 'postgres://u@db:5432/daikou' });
    expect(config.redisUrl).toBe('redis://redis:6379');
    expect(config.autoMigrate).toBe(false);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ SMTP_URL: '', DATABASE_URL: '  ' }).database.mode).toBe('embedded');
  });

  it('names each wrong setting', () => {
    expect(problemsOf({ PORT: 'eighty' })[0]).toMatch(/^PORT: /);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL: must be a postgres/);
    expect(problemsOf({ REDIS_URL: 'http://x' })[0]).toMatch(/^REDIS_URL: /);
    expect(problemsOf({ DAIKOU_DEMO: 'maybe' })[0]).toMatch(/^DAIKOU_DEMO: /);
    expect(problemsOf({ DAIKOU_QUEUE_CONCURRENCY: 'default=x' })[0]).toMatch(/^DAIKOU_QUEUE_CONCURRENCY: /);
    expect(problemsOf({ DAIKOU_QUEUE_CONCURRENCY: 'emails=2' })[0]).toMatch(/unknown queue\(s\) emails/);
  });

  it('wants the first admin e-mail and password together, the password long enough', () => {
    expect(problemsOf({ DAIKOU_ADMIN_EMAIL: 'a@b.kh' })[0]).toMatch(/set both or neither/);
    expect(problemsOf({ DAIKOU_ADMIN_EMAIL: 'a@b.kh', DAIKOU_ADMIN_PASSWORD: 'short' })[0]).toMatch(/^DAIKOU_ADMIN_PASSWORD: /);
  });

  it('loads the demo portfolio only when asked, and only with the demo', () => {
    expect(loadConfig({ DAIKOU_DEMO: '1' }).demoPortfolio).toBe(false);
    expect(loadConfig({ DAIKOU_DEMO: '1', DAIKOU_DEMO_PORTFOLIO: ' ' }).demoPortfolio).toBe(false);
    expect(loadConfig({ DAIKOU_DEMO: '1', DAIKOU_DEMO_PORTFOLIO: '1' }).demoPortfolio).toBe(true);
    expect(problemsOf({ DAIKOU_DEMO_PORTFOLIO: 'often' })[0]).toMatch(/^DAIKOU_DEMO_PORTFOLIO: /);
    expect(problemsOf({ DAIKOU_DEMO_PORTFOLIO: '1' })[0]).toMatch(/^DAIKOU_DEMO_PORTFOLIO: needs DAIKOU_DEMO=1/);
  });

  it('reads per-queue concurrency', () => {
    expect(loadConfig({ DAIKOU_QUEUE_CONCURRENCY: 'default=8, imports=2' }).jobs.concurrency).toEqual({ default: 8, documents: 1, imports: 2 });
  });
});
