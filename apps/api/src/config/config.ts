// Process configuration: read once from the environment, validated, and refused with a message naming the setting.
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'], { message: 'must be 1/0, true/false or yes/no' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const concurrency = z
  .string()
  .regex(/^(\s*[a-z]+=\d+\s*)(,\s*[a-z]+=\d+\s*)*$/, 'must look like "default=4,documents=1"')
  .transform((v) =>
    Object.fromEntries(
      v.split(',').map((pair) => {
        const [queue, n] = pair.split('=');
        return [queue!.trim(), Number(n)];
      }),
    ) as Record<string, number>,
  );

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL');
const redisUrl = z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: redisUrl.optional(),
  DAIKOU_DATA_DIR: z.string().min(1).default('./data'),
  DAIKOU_DEMO: flag.optional(),
  DAIKOU_DEMO_PORTFOLIO: flag.optional(),
  DAIKOU_ADMIN_EMAIL: z.email().optional(),
  DAIKOU_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  DAIKOU_AUTO_MIGRATE: flag.optional(),
  DAIKOU_SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  DAIKOU_PUBLIC_URL: z.url().optional(),
  DAIKOU_WEB_DIST: z.string().optional(),
  DAIKOU_QUEUE_CONCURRENCY: concurrency.optional(),
  DAIKOU_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  DAIKOU_JOB_BACKOFF_MS: z.coerce.number().int().min(10).default(2000),
  DAIKOU_JOB_LOCK_MS: z.coerce.number().int().min(500).default(30000),
  DAIKOU_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).default(1000),
  DAIKOU_TRUST_PROXY: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Daikou <no-reply@daikou.local>'),
  DAIKOU_COMPLETION_CHECK_MS: z.coerce.number().int().min(100).default(3_600_000),
  DAIKOU_REMINDER_CHECK_MS: z.coerce.number().int().min(100).default(3_600_000),
  DAIKOU_REMINDER_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  DAIKOU_DOCUMENTS_DIR: z.string().min(1).optional(),
  DAIKOU_FILES_DIR: z.string().min(1).optional(),
  DAIKOU_EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1).default(10 * 1024 * 1024),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});

export type Env = z.infer<typeof envSchema>;

export const QUEUES = ['default', 'documents', 'imports'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  database: { mode: 'embedded'; dataDir: string } | { mode: 'external'; url: string };
  databasePoolSize: number;
  redisUrl: string | null;
  demo: boolean;
  /** With the demo: a portfolio of partnerships in every status, with their history, monitoring and reviews. */
  demoPortfolio: boolean;
  admin: { email: string; password: string } | null;
  autoMigrate: boolean;
  sessionTtlHours: number;
  publicUrl: string | null;
  webDist: string;
  jobs: {
    concurrency: Record<QueueName, number>;
    attempts: number;
    backoffMs: number;
    lockMs: number;
    relayIntervalMs: number;
  };
  trustProxy: boolean;
  logLevel: Env['LOG_LEVEL'];
  smtpUrl: string | null;
  mailFrom: string;
  /** Scheduled lifecycle work: completing partnerships at their end date, reminding whoever must act. */
  lifecycle: { completionCheckMs: number; reminderCheckMs: number; reminderAfterDays: number };
  /** MoU PDFs: where rendered files are kept and the Chromium that renders them. */
  documents: { dir: string; chromiumPath: string };
  /** Uploaded files (FileStore); `dir` is null when DATABASE_URL is set and DAIKOU_FILES_DIR is not (refused by the API at start). */
  files: { dir: string | null };
  evidence: { maxBytes: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // A blank variable (e.g. `SMTP_URL=` in an .env file) means "not set".
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  if ((env.DAIKOU_ADMIN_EMAIL === undefined) !== (env.DAIKOU_ADMIN_PASSWORD === undefined)) {
    problems.push('DAIKOU_ADMIN_EMAIL and DAIKOU_ADMIN_PASSWORD: set both or neither');
  }
  // The portfolio's actors are the demo accounts.
  if (env.DAIKOU_DEMO_PORTFOLIO && !env.DAIKOU_DEMO) problems.push('DAIKOU_DEMO_PORTFOLIO: needs DAIKOU_DEMO=1 (the portfolio is acted out by the demo accounts)');
  const unknownQueues = Object.keys(env.DAIKOU_QUEUE_CONCURRENCY ?? {}).filter(
    (q) => !(QUEUES as readonly string[]).includes(q),
  );
  if (unknownQueues.length > 0) {
    problems.push(`DAIKOU_QUEUE_CONCURRENCY: unknown queue(s) ${unknownQueues.join(', ')}; known: ${QUEUES.join(', ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const embedded = env.DATABASE_URL === undefined;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database: embedded
      ? { mode: 'embedded', dataDir: path.resolve(env.DAIKOU_DATA_DIR) }
      : { mode: 'external', url: env.DATABASE_URL! },
    databasePoolSize: env.DATABASE_POOL_SIZE,
    redisUrl: env.REDIS_URL ?? null,
    demo: env.DAIKOU_DEMO ?? false,
    demoPortfolio: env.DAIKOU_DEMO_PORTFOLIO ?? false,
    admin:
      env.DAIKOU_ADMIN_EMAIL && env.DAIKOU_ADMIN_PASSWORD
        ? { email: env.DAIKOU_ADMIN_EMAIL, password: env.DAIKOU_ADMIN_PASSWORD }
        : null,
    autoMigrate: env.DAIKOU_AUTO_MIGRATE ?? embedded,
    sessionTtlHours: env.DAIKOU_SESSION_TTL_HOURS,
    publicUrl: env.DAIKOU_PUBLIC_URL ?? null,
    webDist: path.resolve(env.DAIKOU_WEB_DIST ?? path.join(__dirname, '..', '..', '..', 'web', 'dist')),
    jobs: {
      concurrency: { default: 4, documents: 1, imports: 1, ...env.DAIKOU_QUEUE_CONCURRENCY },
      attempts: env.DAIKOU_JOB_ATTEMPTS,
      backoffMs: env.DAIKOU_JOB_BACKOFF_MS,
      lockMs: env.DAIKOU_JOB_LOCK_MS,
      relayIntervalMs: env.DAIKOU_RELAY_INTERVAL_MS,
    },
    trustProxy: env.DAIKOU_TRUST_PROXY ?? false,
    logLevel: env.LOG_LEVEL,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    lifecycle: {
      completionCheckMs: env.DAIKOU_COMPLETION_CHECK_MS,
      reminderCheckMs: env.DAIKOU_REMINDER_CHECK_MS,
      reminderAfterDays: env.DAIKOU_REMINDER_AFTER_DAYS,
    },
    documents: {
      dir: path.resolve(env.DAIKOU_DOCUMENTS_DIR ?? path.join(env.DAIKOU_DATA_DIR, 'documents')),
      chromiumPath: env.CHROMIUM_PATH,
    },
    files: {
      dir: env.DAIKOU_FILES_DIR ? path.resolve(env.DAIKOU_FILES_DIR) : embedded ? path.resolve(env.DAIKOU_DATA_DIR, 'files') : null,
    },
    evidence: { maxBytes: env.DAIKOU_EVIDENCE_MAX_BYTES },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
