import { z } from 'zod';
import { knownTimeZone } from './time/format';

/**
 * The only reader of process.env. Validated once; a bad value stops start-up with a clear message.
 * A leaf module: db/ and scripts import it too.
 */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** Where the embedded PostgreSQL keeps its files when DATABASE_URL is unset. */
  NEWSHUB_DATA_DIR: optional,
  /** Public origin of the site, used for canonical URLs and feeds. */
  SITE_URL: optional.pipe(z.url().optional()),
  /** The newsroom's time zone, in which pages write dates and times (an IANA name such as Europe/Berlin). */
  SITE_TIME_ZONE: optional.pipe(
    z
      .string()
      .optional()
      .transform((v) => v ?? 'Europe/London')
      .refine((v) => knownTimeZone(v) !== null, 'SITE_TIME_ZONE must be a time zone name such as Europe/London or America/New_York')
      .transform((v) => knownTimeZone(v) ?? v),
  ),
  AUTH_SECRET: optional,
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  AUTH_GOOGLE_ID: optional,
  AUTH_GOOGLE_SECRET: optional,
  /** Seed demo content even on an external database (the embedded one is always seeded). */
  NEWSHUB_SEED: optional.pipe(z.enum(['0', '1']).optional()),
  /** Create the demo staff and reader accounts with their README passwords (always on the embedded database). */
  NEWSHUB_DEMO_ACCOUNTS: optional.pipe(z.enum(['0', '1']).optional()),
  /** Set by `npm start` when it runs the embedded demo database. */
  NEWSHUB_EMBEDDED: optional.pipe(z.enum(['0', '1']).optional()),
  /** Set by Next while `next build` runs. */
  NEXT_PHASE: optional,
  /**
   * Who may tell the server the client's address (X-Forwarded-For): unset for nobody (the socket's
   * address counts), a number of proxies in front (1 for one nginx), or their addresses and ranges.
   * Read by the HTTP server (server/http-server.mjs), which validates it at start-up.
   */
  TRUST_PROXY: optional,
  /** A Redis shared by several instances (read by server/shared-cache.cjs, which Next.js loads outside this module). */
  REDIS_URL: optional.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
      .optional(),
  ),
  REDIS_KEY_PREFIX: optional,
  /** Instances `npm run cluster` starts. */
  CLUSTER_INSTANCES: optional.pipe(
    z
      .string()
      .regex(/^\d{1,2}$/, 'CLUSTER_INSTANCES must be a number from 1 to 16')
      .transform(Number)
      .pipe(z.number().int().min(1, 'CLUSTER_INSTANCES must be a number from 1 to 16').max(16, 'CLUSTER_INSTANCES must be a number from 1 to 16'))
      .optional(),
  ),
  /** Where newsletters and confirmation emails go (smtp:// or smtps://, credentials in the URL); unset: the newsroom's outbox. */
  SMTP_URL: optional.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
  ),
  /** The From of every email, such as "NewsHub <newsletters@example.com>"; default: newsletters@ the site's host. */
  MAIL_FROM: optional,
  /**
   * A shared secret for the mail provider's bounce and complaint reports (POST /api/newsletters/feedback,
   * Authorization: Bearer …); unset: the endpoint refuses everything.
   */
  MAIL_FEEDBACK_SECRET: optional.pipe(z.string().min(24, 'MAIL_FEEDBACK_SECRET must be at least 24 characters').optional()),
  /** Each web server's JavaScript heap in MB (scripts/serve.ts); unset: 256. */
  NEWSHUB_HEAP_MB: optional.pipe(
    z
      .string()
      .regex(/^\d+$/, 'NEWSHUB_HEAP_MB must be a whole number of megabytes')
      .transform(Number)
      .pipe(z.number().int().min(128, 'NEWSHUB_HEAP_MB must be at least 128'))
      .optional(),
  ),
  PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, 'PORT must be a number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(65535))
      .optional(),
  ),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env: Env = load();

export const isProduction = env.NODE_ENV === 'production';

export function siteUrl(): string {
  return (env.SITE_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, '');
}
