/**
 * Sending the daily briefing to 10,000 subscribers (run by `npm run bench:audience` after the beacon
 * bench). Uses its own database on the bench's embedded PostgreSQL (.data/bench), with the demo content;
 * writes the day's briefing as the scheduler does, queues it for every subscriber, and sends the queue
 * through an SMTP server in a process of its own (smtp-server, the same sink the tests use), so that
 * receiving is not counted as sending. Prints the time to
 * queue and to send, messages per second, and checks that every subscriber received exactly one.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';

process.env.NEWSHUB_DATA_DIR ??= path.join(process.cwd(), '.data', 'bench');
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);

async function viaEmbeddedServer() {
  const { spawn } = await import('node:child_process');
  const { ensureEmbeddedServer } = await import('../db/embedded');
  const { createDatabaseIfMissing } = await import('../db/connection');
  const server = await ensureEmbeddedServer();
  const url = server.urlFor('newshub_newsletters');
  await createDatabaseIfMissing(url);
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await server.stop();
  process.exit(code);
}

async function main() {
  if (!process.env.DATABASE_URL) return viaEmbeddedServer();
  const { createDatabaseIfMissing } = await import('../db/connection');
  const { runMigrations } = await import('../db/migrate');
  const url = process.env.DATABASE_URL;
  await createDatabaseIfMissing(url);
  await runMigrations(url);
  const { getDb, closeDb } = await import('../db');
  const { seedDemoContent } = await import('../db/seed');
  const { sql } = await import('drizzle-orm');
  const db = await getDb();
  await seedDemoContent(db, { demoAccounts: false });

  // A fresh list of subscribers each run (confirmed, on the briefing).
  await db.execute(sql`truncate newsletter_deliveries, newsletter_issues, newsletter_subscriptions, newsletter_subscribers, mail_outbox restart identity`);
  await db.execute(sql`
    insert into newsletter_subscribers (email, token, confirmed_at)
    select 'reader' || i || '@example.org', substr(encode(sha256(('bench' || i)::bytea), 'base64'), 1, 43), now()
      from generate_series(1, ${SUBSCRIBERS}) as i`);
  await db.execute(sql`insert into newsletter_subscriptions (subscriber_id, list, status) select id, 'briefing', 'active' from newsletter_subscribers`);

  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  const sinkProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/support/smtp-sink-process.ts'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answers = createInterface({ input: sinkProcess.stdout! })[Symbol.asyncIterator]();
  const sinkUrl = (JSON.parse((await answers.next()).value as string) as { url: string }).url;
  const { smtpTransport } = await import('../lib/dal/mail');
  const { composeBriefing, publishIssue, readNewsletterSettings } = await import('../lib/dal/newsletter-issues');
  const { drainQueue } = await import('../lib/dal/newsletter-queue');
  const transport = smtpTransport(sinkUrl);

  const t0 = performance.now();
  const now = new Date();
  const composed = await composeBriefing(now, now.toISOString().slice(0, 10), await readNewsletterSettings());
  if (!composed) throw new Error('No stories for the briefing');
  const issue = await publishIssue({
    kind: 'briefing',
    list: 'briefing',
    day: now.toISOString().slice(0, 10),
    ...composed,
    createdBy: null,
    audit: { actorId: null, detail: { bench: true } },
  });
  const t1 = performance.now();
  const result = await drainQueue({ transport, batchSize: 200, concurrency: 16 });
  const t2 = performance.now();
  const counts = await db.execute<{ status: string; n: number }>(sql`select status, count(*)::int as n from newsletter_deliveries group by status`);
  sinkProcess.stdin!.write('report\n');
  const report = JSON.parse((await answers.next()).value as string) as { received: number; counts: Record<string, number> };
  const perAddress = Object.values(report.counts);
  const exactlyOnce = perAddress.length === SUBSCRIBERS && perAddress.every((n) => n === 1);

  console.log(
    `Briefing to ${SUBSCRIBERS.toLocaleString('en-GB')} subscribers through SMTP (${composed.email.html.length.toLocaleString('en-GB')} bytes of HTML each)`,
  );
  console.log(`  written and queued:   ${(t1 - t0).toFixed(0)} ms (${issue?.recipients ?? 0} deliveries)`);
  console.log(`  sent:                 ${((t2 - t1) / 1000).toFixed(1)} s, ${Math.round(result.sent / ((t2 - t1) / 1000))} messages/s`);
  console.log(`  deliveries:           ${counts.rows.map((r) => `${r.status} ${r.n}`).join(', ')}`);
  console.log(`  received by the sink: ${report.received}; every subscriber exactly once: ${exactlyOnce ? 'yes' : 'NO'}`);
  transport.close();
  await closeDb();
  process.exit(exactlyOnce ? 0 : 1);
}

void main();
