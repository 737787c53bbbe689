import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { siteUrl } from '@/lib/env';
import { listHeaders, newsletterLinks } from '@/lib/newsletters/links';
import type { ListKey } from '@/lib/newsletters/lists';
import { personalise } from '@/lib/newsletters/render';
import { MAX_ATTEMPTS, retryDelayMs } from '@/lib/newsletters/schedule';
import { classifySendError, describeSendError, MailNotAccepted, mailHost, mailTransport, type MailTransport } from './mail';
import { suppressAddress } from './newsletter-subscribers';

/**
 * The sending queue. Any number of instances take batches with FOR UPDATE SKIP LOCKED, so no two hold
 * the same delivery; each claim is leased to its process and renewed while it sends, and a lease that
 * runs out (its process died) is taken over. A delivery is marked sent the moment the mail server
 * accepts it (for the outbox: in the same transaction as the copy).
 */

/** This process, as the owner of the deliveries it claims. */
const PROCESS_ID = randomUUID();

export type QueueOptions = {
  transport?: MailTransport;
  batchSize?: number;
  /** Messages in flight at once. */
  concurrency?: number;
  /** How long a claim holds without renewal. */
  leaseSeconds?: number;
};

export type PassResult = { claimed: number; sent: number; retried: number; failed: number; skipped: number };

/** Ids as one array parameter (drizzle would spread a JavaScript array into a list of parameters). */
const idArray = (ids: number[]) => `{${ids.map((id) => Math.trunc(id)).join(',')}}`;

type Claimed = { id: number; issue_id: number; subscriber_id: number; attempts: number };
type Recipient = { id: number; email: string; token: string; suppressed: boolean; lists: string[] };
type IssueRow = { id: number; list: string; subject: string; html: string; text: string };

async function claim(db: Database, batchSize: number, leaseSeconds: number): Promise<Claimed[]> {
  const result = await db.execute<Claimed>(sql`
    with due as (
      select id from newsletter_deliveries
       where (status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and locked_until < now())
       order by id
       limit ${batchSize}
       for update skip locked)
    update newsletter_deliveries d
       set status = 'sending', claimed_by = ${PROCESS_ID}, locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = d.attempts + 1
      from due where d.id = due.id
    returning d.id::int as id, d.issue_id, d.subscriber_id, d.attempts`);
  return result.rows;
}

async function renew(db: Database, ids: number[], leaseSeconds: number) {
  if (ids.length === 0) return;
  await db.execute(sql`
    update newsletter_deliveries set locked_until = now() + make_interval(secs => ${leaseSeconds})
     where id = any(${idArray(ids)}::bigint[]) and status = 'sending' and claimed_by = ${PROCESS_ID}`);
}

const finish = (db: Pick<Database, 'execute'>, id: number, status: 'sent' | 'failed' | 'skipped', error: string | null = null) =>
  db.execute(sql`
    update newsletter_deliveries
       set status = ${status}, sent_at = case when ${status} = 'sent' then now() else null end, locked_until = null, last_error = ${error}
     where id = ${id} and status = 'sending' and claimed_by = ${PROCESS_ID}`);

const retryLater = (db: Database, id: number, attempts: number, error: string) =>
  db.execute(sql`
    update newsletter_deliveries
       set status = 'queued', locked_until = null, claimed_by = null, last_error = ${error},
           next_attempt_at = now() + make_interval(secs => ${retryDelayMs(attempts) / 1000})
     where id = ${id} and status = 'sending' and claimed_by = ${PROCESS_ID}`);

async function loadBatch(db: Database, claimed: Claimed[]) {
  const issueIds = [...new Set(claimed.map((c) => c.issue_id))];
  const subscriberIds = [...new Set(claimed.map((c) => c.subscriber_id))];
  const [issues, recipients] = await Promise.all([
    db.execute<IssueRow>(sql`select id, list, subject, html, text from newsletter_issues where id = any(${idArray(issueIds)}::int[])`),
    db.execute<Recipient>(sql`
      select s.id, s.email, s.token, s.suppressed_at is not null as suppressed,
             coalesce(array_agg(l.list) filter (where l.status = 'active'), '{}') as lists
        from newsletter_subscribers s left join newsletter_subscriptions l on l.subscriber_id = s.id
       where s.id = any(${idArray(subscriberIds)}::int[])
       group by s.id`),
  ]);
  return { issues: new Map(issues.rows.map((i) => [i.id, i])), recipients: new Map(recipients.rows.map((r) => [r.id, r])) };
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Marks a delivery the mail server accepted as sent, trying again for about 15 s if the database
 * does not answer: an accepted message whose mark is lost would be sent again once its claim runs out.
 */
async function markSent(db: Database, id: number) {
  for (let attempt = 0; ; attempt++) {
    try {
      await finish(db, id, 'sent');
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await sleep(1_000 * 2 ** attempt);
    }
  }
}

/** One pass: claim a batch of due deliveries and send them. */
export async function sendQueuedBatch(options: QueueOptions = {}): Promise<PassResult> {
  const { transport = mailTransport(), batchSize = 100, concurrency = 8, leaseSeconds = 60 } = options;
  const db = await getDb();
  const claimed = await claim(db, batchSize, leaseSeconds);
  const outcome: PassResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0, skipped: 0 };
  if (claimed.length === 0) return outcome;
  const { issues, recipients } = await loadBatch(db, claimed);
  const inFlight = new Set(claimed.map((c) => c.id));
  const renewal = setInterval(() => void renew(db, [...inFlight], leaseSeconds).catch(() => {}), (leaseSeconds * 1000) / 3);
  renewal.unref();
  const origin = siteUrl();
  const host = mailHost();
  // The database failing under a batch stops it: what is left stays claimed until its lease runs out,
  // and is then taken over (never sent by this pass).
  let stopped: unknown = null;

  const sendOne = async (delivery: Claimed) => {
    const issue = issues.get(delivery.issue_id);
    const recipient = recipients.get(delivery.subscriber_id);
    // Left the list, or the address bounced, after the issue was queued: nothing to send.
    if (!issue || !recipient || recipient.suppressed || !recipient.lists.includes(issue.list)) {
      await finish(db, delivery.id, 'skipped');
      outcome.skipped++;
      return;
    }
    // Taken over again and again (its senders keep dying mid-send): give up rather than loop.
    if (delivery.attempts > MAX_ATTEMPTS) {
      await finish(db, delivery.id, 'failed', 'Given up: its sending was interrupted too many times.');
      outcome.failed++;
      return;
    }
    const links = newsletterLinks(origin, recipient.token, issue.list as ListKey);
    const mail = {
      to: recipient.email,
      subject: issue.subject,
      html: personalise(issue.html, links, true),
      text: personalise(issue.text, links, false),
      // The same for every attempt, so a copy sent twice is recognisably one message.
      messageId: `<issue-${issue.id}.${recipient.id}@${host}>`,
      headers: listHeaders(links.oneClick, links.manage, issue.list as ListKey, host),
    };
    try {
      await transport.deliver(mail, db, (tx) => (transport.kind === 'outbox' ? finish(tx, delivery.id, 'sent').then(() => {}) : markSent(db, delivery.id)));
      outcome.sent++;
    } catch (error) {
      // Accepted, but the mark could not be written: not a failed send, and not to be sent again now.
      if (!(error instanceof MailNotAccepted)) throw error;
      const cause = error.cause;
      const kind = classifySendError(cause);
      const reason = describeSendError(cause);
      if (kind === 'bounce') {
        await suppressAddress(recipient.email, 'bounce');
        await finish(db, delivery.id, 'failed', reason);
        outcome.failed++;
      } else if (kind === 'rejected' || delivery.attempts >= MAX_ATTEMPTS) {
        await finish(db, delivery.id, 'failed', reason);
        outcome.failed++;
      } else {
        await retryLater(db, delivery.id, delivery.attempts, reason);
        outcome.retried++;
      }
    }
  };

  try {
    await eachLimited(claimed, concurrency, async (delivery) => {
      if (stopped) return;
      try {
        await sendOne(delivery);
      } catch (error) {
        stopped ??= error;
      } finally {
        inFlight.delete(delivery.id);
      }
    });
  } finally {
    clearInterval(renewal);
  }
  if (stopped) throw stopped;
  return outcome;
}

/** Sends until nothing is due (for tests, benches and a newsroom's "send now"). */
export async function drainQueue(options: QueueOptions = {}): Promise<PassResult> {
  const total: PassResult = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
  for (;;) {
    const pass = await sendQueuedBatch(options);
    for (const key of Object.keys(total) as (keyof PassResult)[]) total[key] += pass[key];
    if (pass.claimed === 0) return total;
  }
}

/** Queues an issue for every active, unsuppressed subscriber of its list; nobody twice. */
export async function enqueueIssue(db: Pick<Database, 'execute'>, issueId: number, list: ListKey): Promise<number> {
  const result = await db.execute(sql`
    insert into newsletter_deliveries (issue_id, subscriber_id)
    select ${issueId}, l.subscriber_id
      from newsletter_subscriptions l join newsletter_subscribers s on s.id = l.subscriber_id
     where l.list = ${list} and l.status = 'active' and s.suppressed_at is null
    on conflict do nothing`);
  const queued = result.rowCount ?? 0;
  await db.execute(sql`update newsletter_issues set recipients = recipients + ${queued} where id = ${issueId}`);
  return queued;
}
